//@ compile-fail
// Assigning the scrutinee while a `&mut` binding from it is used.
fn main() {
    let mut o = Some(1);
    match &mut o {
        Some(x) => {
            o = None; //~ ERROR E0506
            *x += 1;
        }
        None => {}
    }
}
