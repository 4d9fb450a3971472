//@ compile-fail
// Iterating a Vec of particles by value moves it; the report after the loop uses the moved Vec.
struct Particle {
    name: String,
    y: f64,
}

fn main() {
    let particles = vec![Particle { name: "dust".into(), y: 2.0 }, Particle { name: "ball".into(), y: 0.5 }];
    for p in particles {
        println!("{} at {}", p.name, p.y);
    }
    println!("{} particles simulated", particles.len()); //~ ERROR E0382
}
