//@ compile-fail
// The first N-queens solution is unwrapped out of a solver seen through a shared reference.
struct Solver {
    first: Option<Vec<usize>>,
    solutions: u32,
}

fn report(s: &Solver) -> usize {
    let board = s.first.unwrap(); //~ ERROR E0507
    board.len() + s.solutions as usize
}

fn main() {
    let s = Solver { first: Some(vec![1, 3, 0, 2]), solutions: 2 };
    println!("{}", report(&s));
}
