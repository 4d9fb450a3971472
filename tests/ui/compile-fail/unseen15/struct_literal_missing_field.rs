//@ compile-fail
// a struct literal leaves out one field of the move it builds
struct Move {
    count: usize,
    from: usize,
    to: usize,
}

fn main() {
    let m = Move { count: 3, from: 1 }; //~ ERROR E0063
    println!("{} {}", m.count, m.from);
}
