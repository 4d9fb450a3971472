//@ compile-fail
// Comparing two structs with == when the struct does not derive PartialEq.
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 3 };
    if a == b { //~ ERROR E0369
        println!("same {}.{}", a.major, a.minor);
    }
    println!("{}", b.minor);
}
