//@ compile-fail
// Nested variant tests read discriminants at the scrutinee.
fn main() {
    let mut x = Some(Some(3));
    let r = &mut x;
    match x { //~ ERROR E0503
        //~^ ERROR E0503
        None => {}
        Some(
            None) => {}
        Some(Some(_)) => {}
    }
    *r = None;
}
