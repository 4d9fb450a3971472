// Complex numbers with operator overloading (Add, Sub, Mul, Neg), Display, and Mandelbrot membership.
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }
    fn norm_sqr(self) -> f64 {
        self.re * self.re + self.im * self.im
    }
    fn conj(self) -> Self {
        Complex::new(self.re, -self.im)
    }
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}

impl Mul<f64> for Complex {
    type Output = Complex;
    fn mul(self, k: f64) -> Complex {
        Complex::new(self.re * k, self.im * k)
    }
}

impl Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

impl fmt::Display for Complex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.im < 0.0 {
            write!(f, "{}-{}i", self.re, -self.im)
        } else {
            write!(f, "{}+{}i", self.re, self.im)
        }
    }
}

fn escape_time(c: Complex, limit: u32) -> Option<u32> {
    let mut z = Complex::new(0.0, 0.0);
    for i in 0..limit {
        z = z * z + c;
        if z.norm_sqr() > 4.0 {
            return Some(i);
        }
    }
    None
}

fn main() {
    let a = Complex::new(3.0, 2.0);
    let b = Complex::new(1.0, -4.0);
    println!("a = {}, b = {}", a, b);
    println!("a+b = {}, a-b = {}, a*b = {}, -a = {}", a + b, a - b, a * b, -a);
    println!("a*conj(a) = {}, a*0.5 = {}", a * a.conj(), a * 0.5);
    let i = Complex::new(0.0, 1.0);
    let powers: Vec<String> = (0..5).scan(Complex::new(1.0, 0.0), |acc, _| {
        let cur = *acc;
        *acc = *acc * i;
        Some(cur.to_string())
    }).collect();
    println!("powers of i: {}", powers.join(", "));
    for y in -4..=4 {
        let row: String = (-10..=4)
            .map(|x| {
                let c = Complex::new(x as f64 * 0.2, y as f64 * 0.25);
                match escape_time(c, 30) {
                    None => '#',
                    Some(n) if n > 5 => '+',
                    Some(_) => '.',
                }
            })
            .collect();
        println!("{}", row);
    }
    println!("{:?}", Complex::new(0.1, 0.2) + Complex::new(0.2, 0.1));
}
