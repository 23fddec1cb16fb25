"""The preview gallery for designers: every fixture rendered, checked and captured."""

from broadsheet.preview.builder import BuildReport, GalleryBuilder, build_gallery, discover

__all__ = ["BuildReport", "GalleryBuilder", "build_gallery", "discover"]
