// A struct's own Drop runs first, then its fields drop in declaration order.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair");
    }
}

struct NoDrop {
    x: Noisy,
    y: Noisy,
    z: (Noisy, Noisy),
}

fn main() {
    {
        let _p = Pair { second: Noisy("second"), first: Noisy("first") };
    }
    println!("--");
    let _n = NoDrop {
        z: (Noisy("z.0"), Noisy("z.1")),
        y: Noisy("y"),
        x: Noisy("x"),
    };
    println!("end of main");
}
