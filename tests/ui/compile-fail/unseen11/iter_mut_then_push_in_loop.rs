//@ compile-fail
// While iterating with iter_mut, the loop body pushes doubled values onto the same Vec.
fn main() {
    let mut levels = vec![1, 2, 3];
    for l in levels.iter_mut() {
        *l += 1;
        if *l > 2 {
            levels.push(*l * 2); //~ ERROR E0499
        }
    }
    println!("{:?}", levels);
}
