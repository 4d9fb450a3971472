//@ compile-fail
// `&mut *x` pushed into a Vec on each iteration.
fn main() {
    let mut n = 0;
    let x = &mut n;
    let mut all: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        all.push(&mut *x); //~ ERROR E0499
    }
    println!("{}", all.len());
}
