// A &mut to one tape cell is last used before the neighbouring cell is changed through the Vec.
fn main() {
    let mut tape = vec![0u8; 6];
    let mut ptr = 1;
    for round in 0..3u8 {
        let cell = &mut tape[ptr];
        *cell = cell.wrapping_add(round + 1);
        tape[ptr + 1] += 1;
        ptr += 1;
    }
    let cur = &mut tape[ptr];
    *cur = cur.wrapping_sub(1);
    println!("{:?} at {}", tape, ptr);
}
