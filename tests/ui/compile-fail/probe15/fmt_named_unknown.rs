//@ compile-fail
// A named placeholder that names no argument and no variable (E0425).
fn main() {
    let value = 3;
    println!("{valu}", value); //~ ERROR argument never used
    //~^ ERROR E0425
}
