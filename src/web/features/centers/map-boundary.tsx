import { Component, type ReactNode } from 'react';

interface MapBoundaryProps {
  onError: () => void;
  children: ReactNode;
}

/** If the map's code cannot load or throws, the page goes back to the list (the results are all there). */
export class MapBoundary extends Component<MapBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    this.props.onError();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
