//@ compile-fail
// Two versions are compared with < but the struct derives no PartialOrd.
#[derive(Debug, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let a = Version { major: 1, minor: 4 };
    let b = Version { major: 1, minor: 10 };
    if a < b { //~ ERROR E0369
        println!("{:?} is older", a);
    }
}
