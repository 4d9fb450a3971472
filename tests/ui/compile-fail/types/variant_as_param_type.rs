//@ compile-fail
// An enum variant written as the type of a parameter.
enum Dir {
    Up,
    Down,
}

fn go(d: Dir::Up) -> i32 { //~ ERROR E0573
    match d {
        _ => 1,
    }
}

fn main() {
    let _ = Dir::Down;
    println!("{}", go(Dir::Up));
}
