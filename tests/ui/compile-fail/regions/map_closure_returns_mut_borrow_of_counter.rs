//@ compile-fail
// A map closure returning `&mut total`: each call would lend the same captured variable mutably.
fn main() {
    let mut total = 0;
    let rs: Vec<&mut i32> = (0..2).map(|_| &mut total).collect(); //~ ERROR captured variable cannot escape `FnMut` closure body
    println!("{}", rs.len());
}
