//@ compile-fail
// a match on a direction char covers only the four expected letters
fn main() {
    let mut pos = (0, 0);
    for c in "UDLR".chars() {
        pos = match c { //~ ERROR E0004
            'U' => (pos.0, pos.1 + 1),
            'D' => (pos.0, pos.1 - 1),
            'L' => (pos.0 - 1, pos.1),
            'R' => (pos.0 + 1, pos.1),
        };
    }
    println!("{:?}", pos);
}
