// Bit manipulation on u8/u16/u32: binary, octal and hex formatting, popcount, rotations, a flags set.
const READ: u8 = 0b001;
const WRITE: u8 = 0b010;
const EXEC: u8 = 0b100;

fn perms(bits: u8) -> String {
    let mut s = String::new();
    s.push(if bits & READ != 0 { 'r' } else { '-' });
    s.push(if bits & WRITE != 0 { 'w' } else { '-' });
    s.push(if bits & EXEC != 0 { 'x' } else { '-' });
    s
}

fn to_binary(mut n: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(if n % 2 == 1 { '1' } else { '0' });
        n /= 2;
    }
    digits.iter().rev().collect()
}

fn parse_binary(s: &str) -> Result<u32, String> {
    s.chars().try_fold(0u32, |acc, c| match c {
        '0' => Ok(acc * 2),
        '1' => Ok(acc * 2 + 1),
        other => Err(format!("bad digit {:?}", other)),
    })
}

fn main() {
    for n in [0u32, 5, 42, 255, 1024, 65535] {
        println!("{:>6} = {:>17} = {:#b} = {:#o} = {:#06x} ({} ones)", n, to_binary(n), n, n, n, n.count_ones());
    }
    for s in ["101010", "11111111", "1012"] {
        println!("parse {:?} -> {:?}", s, parse_binary(s));
    }
    let mode: u16 = 0o754;
    let owner = ((mode >> 6) & 0b111) as u8;
    let group = ((mode >> 3) & 0b111) as u8;
    let other = (mode & 0b111) as u8;
    println!("mode {:o} -> {}{}{}", mode, perms(owner), perms(group), perms(other));
    let x: u8 = 0b1001_0110;
    println!("{:08b} rotl3 {:08b} rotr1 {:08b} not {:08b}", x, x.rotate_left(3), x.rotate_right(1), !x);
    println!("leading zeros {} trailing zeros {}", x.leading_zeros(), x.trailing_zeros());
    let mut flags = 0u32;
    for bit in [1, 4, 9, 31] {
        flags |= 1 << bit;
    }
    flags &= !(1 << 4);
    println!("flags {:#010x} set: {:?}", flags, (0..32).filter(|b| flags & (1 << b) != 0).collect::<Vec<u32>>());
    println!("{:X} {:x} {:>+8} {:<8}|", 48879u32, 3054u32, 17, -3);
    println!("swap bytes {:#06x} -> {:#06x}", 0x1234u16, 0x1234u16.swap_bytes());
}
