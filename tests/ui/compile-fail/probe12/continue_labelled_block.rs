//@ compile-fail
// `continue 'a` naming a labelled block (E0696).
fn main() {
    'a: {
        if true {
            continue 'a; //~ ERROR E0696
        }
    }
}
