//@ compile-fail
// An `Option<&String>` outliving the String.
fn main() {
    let mut best: Option<&String> = None;
    for i in 0..2 {
        let s = i.to_string();
        if best.is_none() {
            best = Some(&s); //~ ERROR E0597
        }
    }
    println!("{:?}", best);
}
