"""Adopting the checker on an existing site: configuration, waivers and excluded regions,
baselines that ratchet, many pages at once, crawling and sitemaps."""
