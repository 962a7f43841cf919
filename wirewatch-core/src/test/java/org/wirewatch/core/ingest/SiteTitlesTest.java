package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteTitlesTest {
    @Test
    void theDeclaredSiteNameGoesFromEitherEnd() {
        assertEquals("Ferry terminal opens", SiteTitles.strip("Ferry terminal opens | Harbour Daily", "Harbour Daily", null));
        assertEquals("Ferry terminal opens", SiteTitles.strip("HARBOUR DAILY – Ferry terminal opens", "Harbour Daily", null));
    }

    @Test
    void withoutADeclaredNameTheHostNameTellsTheSite() {
        assertEquals("Ferry terminal opens",
                SiteTitles.strip("Ferry terminal opens - Harbour-Daily", null, "https://www.harbourdaily.co.uk/news/1"));
        assertEquals("Ferry terminal opens",
                SiteTitles.strip("Ferry terminal opens · harbourdaily.com", null, "https://harbourdaily.com/a"));
    }

    @Test
    void partsThatAreNotTheSiteStay() {
        assertEquals("Budget vote: what we know | Analysis",
                SiteTitles.strip("Budget vote: what we know | Analysis", "Harbour Daily", "https://harbourdaily.com/a"));
        assertEquals("Harbour Daily", SiteTitles.strip("Harbour Daily", "Harbour Daily", null));
    }
}
