// Passing a String to a function moves it; passing an i32 copies it.
fn takes_ownership(some_string: String) {
    println!("takes {some_string}");
}

fn makes_copy(some_integer: i32) {
    println!("copies {some_integer}");
}

fn main() {
    let s = String::from("hello");
    takes_ownership(s);
    let x = 5;
    makes_copy(x);
    println!("x still {x}");
}
