// A variable initialised before every `break` out of a loop.
fn main() {
    let found;
    let mut i = 0;
    loop {
        if i * i > 50 {
            found = i;
            break;
        }
        i += 1;
    }
    println!("{}", found);
    let v = vec![4, 8, 15];
    let msg = if v.contains(&8) { "yes" } else { "no" };
    println!("{}", msg);
}
