//@ compile-fail
// A reference to the best lap is kept for the final message, but the best lap is overwritten in between.
fn main() {
    let laps = [72.4, 70.1, 71.8];
    let mut best = laps[0];
    let shown = &best;
    for &lap in laps.iter() {
        if lap < best {
            best = lap; //~ ERROR E0506
        }
    }
    println!("best lap so far was {}", shown);
}
