//@ compile-fail
// break is used inside a for_each closure to stop early.
fn main() {
    let nums = [3, 8, 1, 9];
    nums.iter().for_each(|n| {
        if *n > 5 {
            break; //~ ERROR E0267
        }
        println!("{}", n);
    });
}
