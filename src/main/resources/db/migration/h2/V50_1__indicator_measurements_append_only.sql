-- A measurement is never changed nor removed: a correction is a new measurement naming it.
create trigger indicator_measurement_append_only before update, delete on indicator_measurement
    for each row call 'it.zona.indicators.H2MeasurementTrigger';
