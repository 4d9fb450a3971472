// A tiny particle simulation on a 2D vector type with Add, Sub, Mul<f64>, AddAssign and Neg impls.
use std::fmt;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn new(x: f64, y: f64) -> Self {
        Vec2 { x, y }
    }
    fn length(self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
    fn dot(self, other: Vec2) -> f64 {
        self.x * other.x + self.y * other.y
    }
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x - o.x, self.y - o.y)
    }
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2::new(self.x * k, self.y * k)
    }
}

impl Neg for Vec2 {
    type Output = Vec2;
    fn neg(self) -> Vec2 {
        Vec2::new(-self.x, -self.y)
    }
}

impl AddAssign for Vec2 {
    fn add_assign(&mut self, o: Vec2) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.2}, {:.2})", self.x, self.y)
    }
}

struct Particle {
    name: String,
    pos: Vec2,
    vel: Vec2,
}

fn step(particles: &mut [Particle], gravity: Vec2, dt: f64) {
    for p in particles.iter_mut() {
        p.vel += gravity * dt;
        p.pos += p.vel * dt;
        if p.pos.y < 0.0 {
            p.pos.y = -p.pos.y;
            p.vel = Vec2::new(p.vel.x, -p.vel.y) * 0.5;
        }
    }
}

fn main() {
    let mut ps = vec![
        Particle { name: String::from("dust"), pos: Vec2::new(0.0, 2.0), vel: Vec2::default() },
        Particle { name: String::from("ball"), pos: Vec2::new(1.0, 0.5), vel: Vec2::new(1.5, 3.0) },
        Particle { name: "rock".to_string(), pos: Vec2::new(-2.0, 4.0), vel: -Vec2::new(0.5, 0.0) },
    ];
    let g = Vec2::new(0.0, -9.81);
    for tick in 1..=5 {
        step(&mut ps, g, 0.1);
        if tick % 2 == 1 {
            let line: Vec<String> = ps.iter().map(|p| format!("{}={}", p.name, p.pos)).collect();
            println!("t{}: {}", tick, line.join(" "));
        }
    }
    let a = ps[0].pos;
    let b = ps[1].pos;
    println!("distance dust-ball: {:.3}", (a - b).length());
    println!("dot: {:.3}", a.dot(b));
    let fastest = ps
        .iter()
        .max_by(|p, q| p.vel.length().partial_cmp(&q.vel.length()).unwrap())
        .unwrap();
    println!("fastest: {} at {:.3}", fastest.name, fastest.vel.length());
    println!("{:?}", Vec2::new(1.0, -0.5) + Vec2::default() == Vec2::new(1.0, -0.5));
}
