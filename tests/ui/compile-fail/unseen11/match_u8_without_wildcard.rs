//@ compile-fail
// A match on a u8 grade covers 0..=100 but not the rest of the u8 range.
fn letter(score: u8) -> char {
    match score { //~ ERROR E0004
        90..=100 => 'A',
        75..=89 => 'B',
        50..=74 => 'C',
        0..=49 => 'F',
    }
}

fn main() {
    println!("{}", letter(88));
}
