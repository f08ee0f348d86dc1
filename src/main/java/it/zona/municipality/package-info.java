/**
 * The national list of Italian municipalities (ISTAT codes, names, province, region, resident
 * population), shipped with the application, loaded on first start and re-imported by a platform
 * admin when ISTAT publishes a newer list.
 */
package it.zona.municipality;
