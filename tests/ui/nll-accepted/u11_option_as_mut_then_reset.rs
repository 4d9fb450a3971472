// The &mut from Option::as_mut ends inside the if let, so the Option can be reassigned afterwards.
fn main() {
    let mut current: Option<String> = Some(String::from("draft"));
    if let Some(s) = current.as_mut() {
        s.push_str(" v2");
    }
    println!("{:?}", current);
    current = None;
    println!("{:?}", current);
    let mut best: Option<u32> = None;
    for x in [4, 9, 2] {
        match best.as_mut() {
            Some(b) if *b < x => *b = x,
            Some(_) => {}
            None => best = Some(x),
        }
    }
    println!("{:?}", best);
}
