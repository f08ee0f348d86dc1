/**
 * Open data: every District's data handed out once, right, in open formats. The modules that own
 * the data publish it as {@link it.zona.opendata.OpenDataset}s (columns, theme, frequency, rows
 * written one at a time); this module lists them ({@link it.zona.opendata.OpenDatasets}), serves
 * each as CSV and JSON, streamed, and describes them in a DCAT-AP_IT catalogue of the installation
 * and of each District.
 */
@ApplicationModule(allowedDependencies = {"audit", "district", "identity", "municipality", "shared"})
package it.zona.opendata;

import org.springframework.modulith.ApplicationModule;
