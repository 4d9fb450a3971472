// Borrowing with & and &mut avoids moves; the owner keeps its value.
fn calculate_length(s: &String) -> usize {
    s.len()
}

fn change(some_string: &mut String) {
    some_string.push_str(", world");
}

fn main() {
    let mut s = String::from("hello");
    let len = calculate_length(&s);
    println!("The length of '{s}' is {len}.");
    change(&mut s);
    println!("{s}");
    let r1 = &s;
    let r2 = &s;
    println!("{r1} and {r2}");
    let r3 = &mut s;
    r3.push('!');
    println!("{r3}");
}
