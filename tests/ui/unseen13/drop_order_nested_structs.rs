// Drop order: locals in reverse order of declaration, fields in declaration order after their owner.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Engine {
    _piston: Noisy,
    _valve: Noisy,
}

struct Car {
    _name: Noisy,
    _engine: Engine,
    _wheels: [Noisy; 2],
}

impl Drop for Car {
    fn drop(&mut self) {
        println!("drop car (before its fields)");
    }
}

fn main() {
    let _a = Noisy("local a");
    {
        let _inner = Noisy("inner block");
        println!("end of inner block");
    }
    let _car = Car {
        _name: Noisy("car name"),
        _engine: Engine { _piston: Noisy("piston"), _valve: Noisy("valve") },
        _wheels: [Noisy("wheel 1"), Noisy("wheel 2")],
    };
    let _b = Noisy("local b");
    let _tuple = (Noisy("tuple 0"), Noisy("tuple 1"));
    println!("end of main");
}
