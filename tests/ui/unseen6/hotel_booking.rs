// A hotel booking desk: structs, an error enum with Display, Result and `?`, Vec searches.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum RoomKind {
    Single,
    Double,
    Suite,
}

#[derive(Debug)]
struct Room {
    number: u32,
    kind: RoomKind,
    nightly: u32,
    guest: Option<String>,
}

#[derive(Debug)]
enum BookingError {
    NoSuchRoom(u32),
    Occupied { number: u32, by: String },
    NotOccupied(u32),
}

impl fmt::Display for BookingError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BookingError::NoSuchRoom(n) => write!(f, "room {} does not exist", n),
            BookingError::Occupied { number, by } => write!(f, "room {} is taken by {}", number, by),
            BookingError::NotOccupied(n) => write!(f, "room {} is already free", n),
        }
    }
}

struct Hotel {
    rooms: Vec<Room>,
}

impl Hotel {
    fn new() -> Hotel {
        let mut rooms = Vec::new();
        for (i, kind) in [RoomKind::Single, RoomKind::Double, RoomKind::Suite, RoomKind::Double].iter().enumerate() {
            let nightly = match kind {
                RoomKind::Single => 60,
                RoomKind::Double => 95,
                RoomKind::Suite => 210,
            };
            rooms.push(Room { number: 101 + i as u32, kind: *kind, nightly, guest: None });
        }
        Hotel { rooms }
    }

    fn room_mut(&mut self, number: u32) -> Result<&mut Room, BookingError> {
        self.rooms.iter_mut().find(|r| r.number == number).ok_or(BookingError::NoSuchRoom(number))
    }

    fn check_in(&mut self, number: u32, guest: &str) -> Result<u32, BookingError> {
        let room = self.room_mut(number)?;
        if let Some(by) = &room.guest {
            return Err(BookingError::Occupied { number, by: by.clone() });
        }
        room.guest = Some(guest.to_string());
        Ok(room.nightly)
    }

    fn check_out(&mut self, number: u32, nights: u32) -> Result<(String, u32), BookingError> {
        let room = self.room_mut(number)?;
        let guest = room.guest.take().ok_or(BookingError::NotOccupied(number))?;
        Ok((guest, room.nightly * nights))
    }

    fn free_of_kind(&self, kind: RoomKind) -> Vec<u32> {
        self.rooms.iter().filter(|r| r.kind == kind && r.guest.is_none()).map(|r| r.number).collect()
    }
}

fn main() {
    let mut hotel = Hotel::new();
    let requests = [(101, "Ada"), (102, "Grace"), (102, "Linus"), (109, "Ken"), (103, "Barbara")];
    for (room, guest) in requests {
        match hotel.check_in(room, guest) {
            Ok(price) => println!("{} checked into {} at {} per night", guest, room, price),
            Err(e) => println!("cannot check {} in: {}", guest, e),
        }
    }
    println!("free doubles: {:?}", hotel.free_of_kind(RoomKind::Double));
    println!("free singles: {:?}", hotel.free_of_kind(RoomKind::Single));
    for (room, nights) in [(102, 3), (102, 1), (103, 2)] {
        match hotel.check_out(room, nights) {
            Ok((guest, bill)) => println!("{} leaves {} and pays {}", guest, room, bill),
            Err(e) => println!("check-out failed: {}", e),
        }
    }
    let occupied: Vec<String> = hotel
        .rooms
        .iter()
        .filter_map(|r| r.guest.as_ref().map(|g| format!("{}:{}", r.number, g)))
        .collect();
    println!("occupied: {}", occupied.join(", "));
    println!("{:?}", hotel.rooms[0]);
}
