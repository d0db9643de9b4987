/** The five station backgrounds (1600x900), by the file name generate.ts writes each to. */
import { corridorCells } from './places/corridor-cells.ts';
import { frontDesk } from './places/front-desk.ts';
import { office } from './places/office.ts';
import { privateRoom } from './places/private-room.ts';
import { waitingArea } from './places/waiting-area.ts';

export const PLACES: Record<string, () => string> = {
  office,
  corridor_cells: corridorCells,
  front_desk: frontDesk,
  waiting_area: waitingArea,
  private_room: privateRoom,
};
