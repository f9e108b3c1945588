import 'leaflet/dist/leaflet.css';
import './center-map.css';
import { divIcon, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CircleMarker, MapContainer, Marker, TileLayer } from 'react-leaflet';
import type { CenterResult, CenterSearchResponse } from '../../../shared/centers';

/**
 * The results on a Leaflet map (its own chunk: loaded only when someone opens the map). Each center is a
 * numbered, keyboard-reachable marker that moves the focus to its entry in the list, which is always shown
 * below: the map adds a picture, never information the list lacks.
 */
export interface CenterMapProps {
  origin: CenterSearchResponse['origin'];
  centers: CenterResult[];
  tileUrl: string;
  attribution: string;
  /** "1. Name, 2.3 miles away": the marker's accessible name. */
  markerLabel: (center: CenterResult, number: number) => string;
  onSelect: (center: CenterResult) => void;
  /** Tiles failed before any loaded: the page falls back to the list. */
  onTilesFailed: () => void;
}

function markerIcon(number: number, external: boolean) {
  return divIcon({
    // Only a number goes into the marker's HTML; names reach it through the title (text, not HTML).
    html: `<span aria-hidden="true">${number}</span>`,
    className: external ? 'finder-marker finder-marker-external' : 'finder-marker',
    iconSize: [32, 32],
    iconAnchor: [16, 16],
  });
}

export default function CenterMap(props: CenterMapProps) {
  const { origin, centers, tileUrl, attribution, markerLabel, onSelect, onTilesFailed } = props;
  const [map, setMap] = useState<LeafletMap | null>(null);
  const loadedTiles = useRef(0);
  const failed = useRef(false);

  const points = useMemo<LatLngTuple[]>(
    () => [[origin.lat, origin.lng], ...centers.map((c): LatLngTuple => [c.latitude, c.longitude])],
    [origin, centers],
  );

  // A new number is a new marker: Leaflet sets a marker's title only when it creates it.
  const numbered = useMemo(
    () => centers.map((center, i) => ({ center, number: i + 1, key: `${center.id}:${i + 1}` })),
    [centers],
  );

  // Every new set of results is framed whole.
  useEffect(() => {
    if (!map) return;
    if (points.length === 1) map.setView(points[0]!, 12);
    else map.fitBounds(points, { padding: [28, 28], maxZoom: 14 });
  }, [map, points]);

  const tileEvents = useMemo(
    () => ({
      tileload: () => {
        loadedTiles.current += 1;
      },
      tileerror: () => {
        if (loadedTiles.current > 0 || failed.current) return; // a stray tile; the map itself works
        failed.current = true;
        onTilesFailed();
      },
    }),
    [onTilesFailed],
  );

  return (
    <MapContainer
      ref={setMap}
      center={points[0]}
      zoom={11}
      scrollWheelZoom={false}
      style={{ height: 'min(60vh, 480px)', minHeight: 280, borderRadius: 'var(--mantine-radius-md)' }}
    >
      <TileLayer url={tileUrl} attribution={attribution} eventHandlers={tileEvents} />
      <CircleMarker
        center={points[0]!}
        radius={7}
        interactive={false}
        pathOptions={{ color: '#1f2937', weight: 3, fillColor: '#ffffff', fillOpacity: 1 }}
      />
      {numbered.map(({ center, number, key }) => (
        <Marker
          key={key}
          position={[center.latitude, center.longitude]}
          icon={markerIcon(number, center.external)}
          title={markerLabel(center, number)}
          eventHandlers={{
            click: () => onSelect(center),
            // A marker is a button (role="button", focusable): Enter and Space press it too.
            keydown: (event) => {
              const key = (event.originalEvent as KeyboardEvent).key;
              if (key !== 'Enter' && key !== ' ') return;
              event.originalEvent.preventDefault();
              onSelect(center);
            },
          }}
        />
      ))}
    </MapContainer>
  );
}
