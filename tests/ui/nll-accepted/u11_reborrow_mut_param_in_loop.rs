// A &mut parameter is implicitly reborrowed at each call in a loop, then used again.
fn bump(counter: &mut u32, by: u32) {
    *counter += by;
}

fn bump_all(counter: &mut u32, steps: &[u32]) {
    for &s in steps {
        bump(counter, s);
    }
    *counter *= 2;
}

fn main() {
    let mut c = 1;
    let r = &mut c;
    bump_all(r, &[1, 2, 3]);
    bump(r, 5);
    println!("{}", c);
}
