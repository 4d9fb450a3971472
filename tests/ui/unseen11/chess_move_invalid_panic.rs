// A chess move parser validates squares and panics with a formatted message on an impossible move.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Square {
    file: u8,
    rank: u8,
}

fn parse_square(s: &str) -> Option<Square> {
    let mut chars = s.chars();
    let f = chars.next()?;
    let r = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let file = match f {
        'a'..='h' => f as u8 - b'a',
        _ => return None,
    };
    let rank = r.to_digit(10).filter(|d| (1..=8).contains(d))? as u8 - 1;
    Some(Square { file, rank })
}

fn knight_ok(from: Square, to: Square) -> bool {
    let df = (from.file as i8 - to.file as i8).abs();
    let dr = (from.rank as i8 - to.rank as i8).abs();
    (df, dr) == (1, 2) || (df, dr) == (2, 1)
}

fn apply(mv: &str) -> (Square, Square) {
    let (a, b) = mv.split_once('-').expect("move needs a dash");
    let from = parse_square(a).unwrap_or_else(|| panic!("bad square {:?}", a));
    let to = parse_square(b).unwrap_or_else(|| panic!("bad square {:?}", b));
    if !knight_ok(from, to) {
        panic!("illegal knight move {} ({:?} -> {:?})", mv, from, to);
    }
    (from, to)
}

fn main() {
    for sq in ["e4", "h8", "i1", "a9", "b", "c33"] {
        println!("{:<4} -> {:?}", sq, parse_square(sq));
    }
    for mv in ["g1-f3", "b8-c6", "f3-e5", "e5-e6", "c6-d4"] {
        let (from, to) = apply(mv);
        println!("ok {} from {},{} to {},{}", mv, from.file, from.rank, to.file, to.rank);
    }
}
