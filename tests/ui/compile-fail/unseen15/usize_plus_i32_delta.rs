//@ compile-fail
// a usize position moved by an i32 delta without converting either side
fn main() {
    let row = "..#..#";
    let pos: usize = 2;
    let delta: i32 = -1;
    let next = pos + delta; //~ ERROR E0308
    //~^ ERROR E0277
    println!("{}", row.as_bytes()[next] as char);
}
