# The committed calendar data is exactly what scripts/csv-to-calendar.py makes
# of the CSV of official notices (so the two can never drift apart).
add_test(NAME calendar_data_regenerates
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/csv-to-calendar.py
                 --check ${PROJECT_SOURCE_DIR}/data/cn-calendar.xml
                 ${CMAKE_CURRENT_SOURCE_DIR}/data/calendar/cn-calendar.csv)
set_tests_properties(calendar_data_regenerates PROPERTIES LABELS no-sanitizer)
