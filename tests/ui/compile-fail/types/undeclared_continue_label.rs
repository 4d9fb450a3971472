//@ compile-fail
// `continue 'rows` with no loop labelled `'rows`.
fn main() {
    let mut seen = 0;
    for i in 0..4 {
        for j in 0..4 {
            if j > i {
                continue 'rows; //~ ERROR E0426
            }
            seen += 1;
        }
    }
    println!("{}", seen);
}
