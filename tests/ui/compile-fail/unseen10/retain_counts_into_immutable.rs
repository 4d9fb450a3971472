//@ compile-fail
// A retain closure counts removed items into a local that was not declared mut.
fn main() {
    let mut ids = vec![3, 8, 1, 9, 4, 7];
    let removed = 0;
    ids.retain(|&id| {
        if id > 5 {
            removed += 1; //~ ERROR E0594
            false
        } else {
            true
        }
    });
    println!("{:?} removed {}", ids, removed);
}
