//@ compile-fail
// Constants, statics and type aliases are private to their module too.
mod m {
    const C: i32 = 1;
    static S: i32 = 2;
    type Al = i32;

    pub fn sum() -> i32 {
        let x: Al = C;
        x + S
    }
}

fn main() {
    let c = m::C; //~ ERROR E0603
    let s = m::S; //~ ERROR E0603
    let x: m::Al = 1; //~ ERROR E0603
    println!("{} {} {} {}", c, s, x, m::sum());
}
