//@ compile-fail
// An unlabelled `break` inside a labelled block inside a loop (E0695).
fn main() {
    loop {
        'blk: {
            if true {
                break; //~ ERROR E0695
            }
            break 'blk;
        }
    }
}
