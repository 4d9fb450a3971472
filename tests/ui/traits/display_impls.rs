// Display impls that honour width/alignment through f.pad, and nested Display.
use std::fmt;

struct Name(&'static str);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Matrix([[i32; 2]; 2]);

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.0 {
            writeln!(f, "| {:>3} {:>3} |", row[0], row[1])?;
        }
        Ok(())
    }
}

fn main() {
    let n = Name("bob");
    println!("[{n}] [{n:>6}] [{n:<6}] [{n:^7}] [{n:*^7}]");
    print!("{}", Matrix([[1, -20], [300, 4]]));
}
