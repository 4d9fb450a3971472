//@ compile-fail
// `break` inside a closure inside a loop (E0267).
fn main() {
    let v = vec![1, 2];
    loop {
        v.iter().for_each(|x| {
            if *x == 2 {
                break; //~ ERROR E0267
            }
        });
    }
}
