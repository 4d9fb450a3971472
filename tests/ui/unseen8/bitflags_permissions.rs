// Unix-like permission bits as a newtype with BitOr/BitAnd/Not impls, parsing "rwxr-x---" and octal display.
use std::fmt;
use std::ops::{BitAnd, BitOr, Not};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Perm(u16);

impl Perm {
    const READ: Perm = Perm(4);
    const WRITE: Perm = Perm(2);
    const EXEC: Perm = Perm(1);
    const NONE: Perm = Perm(0);

    fn contains(self, other: Perm) -> bool {
        self & other == other
    }
}

impl BitOr for Perm {
    type Output = Perm;
    fn bitor(self, rhs: Perm) -> Perm {
        Perm(self.0 | rhs.0)
    }
}

impl BitAnd for Perm {
    type Output = Perm;
    fn bitand(self, rhs: Perm) -> Perm {
        Perm(self.0 & rhs.0)
    }
}

impl Not for Perm {
    type Output = Perm;
    fn not(self) -> Perm {
        Perm(!self.0 & 7)
    }
}

#[derive(Debug, Clone, Copy)]
struct Mode {
    user: Perm,
    group: Perm,
    other: Perm,
}

impl Mode {
    fn parse(s: &str) -> Result<Mode, String> {
        if s.len() != 9 {
            return Err(format!("expected 9 characters, got {}", s.len()));
        }
        let chars: Vec<char> = s.chars().collect();
        let mut parts = [Perm::NONE; 3];
        for (i, chunk) in chars.chunks(3).enumerate() {
            for (j, (c, bit)) in chunk.iter().zip([Perm::READ, Perm::WRITE, Perm::EXEC]).enumerate() {
                let expected = ['r', 'w', 'x'][j];
                match *c {
                    '-' => {}
                    c if c == expected => parts[i] = parts[i] | bit,
                    other => return Err(format!("bad character '{}' at {}", other, i * 3 + j)),
                }
            }
        }
        Ok(Mode { user: parts[0], group: parts[1], other: parts[2] })
    }

    fn octal(&self) -> u16 {
        self.user.0 << 6 | self.group.0 << 3 | self.other.0
    }
}

impl fmt::Display for Perm {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = if self.contains(Perm::READ) { 'r' } else { '-' };
        let w = if self.contains(Perm::WRITE) { 'w' } else { '-' };
        let x = if self.contains(Perm::EXEC) { 'x' } else { '-' };
        write!(f, "{}{}{}", r, w, x)
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}{}{} ({:03o})", self.user, self.group, self.other, self.octal())
    }
}

fn main() {
    for s in ["rwxr-x---", "rw-r--r--", "rwxrwxrwx", "r-x", "rwq------", "---------"] {
        match Mode::parse(s) {
            Ok(m) => println!("{:<10} => {}", s, m),
            Err(e) => println!("{:<10} => error: {}", s, e),
        }
    }
    let rw = Perm::READ | Perm::WRITE;
    println!("rw = {} ({:?}), !rw = {}, rw has exec: {}", rw, rw, !rw, rw.contains(Perm::EXEC));
    let mut m = Mode::parse("rw-------").unwrap();
    m.group = m.group | Perm::READ;
    m.other = !m.user & Perm::READ;
    println!("after chmod: {}", m);
    println!("binary user bits: {:#05b}", m.user.0);
}
