package it.zona.sitting.minutes;

import org.springframework.data.jpa.repository.JpaRepository;

/** The book of the sittings' minutes (libro dei verbali), one entry per sitting. */
interface MinutesBook extends JpaRepository<SittingMinutes, Long> {}
