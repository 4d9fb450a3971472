// A theatre seat map with reservations returning Result; main returns Err on a double booking (exit 1).
use std::collections::BTreeSet;
use std::fmt;

#[derive(Debug)]
enum BookingError {
    NoSuchSeat(char, u32),
    Taken(String),
}

impl fmt::Display for BookingError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BookingError::NoSuchSeat(r, n) => write!(f, "no seat {}{}", r, n),
            BookingError::Taken(s) => write!(f, "seat {} is already taken", s),
        }
    }
}

struct Theatre {
    rows: char,
    per_row: u32,
    booked: BTreeSet<(char, u32)>,
}

impl Theatre {
    fn book(&mut self, row: char, num: u32) -> Result<String, BookingError> {
        if row < 'A' || row > self.rows || num == 0 || num > self.per_row {
            return Err(BookingError::NoSuchSeat(row, num));
        }
        if !self.booked.insert((row, num)) {
            return Err(BookingError::Taken(format!("{}{}", row, num)));
        }
        Ok(format!("{}{}", row, num))
    }

    fn map(&self) {
        let mut r = 'A';
        while r <= self.rows {
            let line: String = (1..=self.per_row).map(|n| if self.booked.contains(&(r, n)) { 'X' } else { 'o' }).collect();
            println!("{} {}", r, line);
            r = (r as u8 + 1) as char;
        }
    }
}

fn main() -> Result<(), BookingError> {
    let mut t = Theatre { rows: 'C', per_row: 6, booked: BTreeSet::new() };
    for (row, n) in [('A', 1), ('A', 2), ('B', 6), ('D', 1), ('C', 0)] {
        match t.book(row, n) {
            Ok(s) => println!("booked {}", s),
            Err(e) => println!("skipped: {}", e),
        }
    }
    t.map();
    let ticket = t.book('B', 3)?;
    println!("booked {}", ticket);
    let again = t.book('A', 2)?;
    println!("unreachable {}", again);
    Ok(())
}
