// The standard-library types heaplab's machine implements natively, with their methods as body-less
// `#[builtin]` declarations. The machine finds each implementation by its builtin key:
// `SelfTypeName::fn_name` for methods, `module::fn_name` for free functions, or the explicit
// `#[builtin = "..."]` key. Fields of these types are the machine's business (see interp/Value.java).

// ---- String and str -------------------------------------------------------------------------

#[lang = "String"]
pub struct String;

impl String {
    #[builtin] pub fn new() -> String;
    #[builtin] pub fn with_capacity(capacity: usize) -> String;
    #[builtin] pub fn push(&mut self, c: char);
    #[builtin] pub fn push_str(&mut self, s: &str);
    #[builtin] pub fn pop(&mut self) -> Option<char>;
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn capacity(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn clear(&mut self);
    #[builtin] pub fn truncate(&mut self, new_len: usize);
    #[builtin] pub fn as_str(&self) -> &str;
    #[builtin] pub fn as_bytes(&self) -> &[u8];
    #[builtin] pub fn reserve(&mut self, additional: usize);
    #[builtin] pub fn reserve_exact(&mut self, additional: usize);
    #[builtin] pub fn shrink_to_fit(&mut self);
    #[builtin] pub fn insert(&mut self, idx: usize, ch: char);
    #[builtin] pub fn insert_str(&mut self, idx: usize, s: &str);
    #[builtin] pub fn remove(&mut self, idx: usize) -> char;
    #[builtin] pub fn shrink_to(&mut self, min_capacity: usize);
    #[builtin] pub fn into_bytes(self) -> Vec<u8>;
    #[builtin] pub fn from_utf8(bytes: Vec<u8>) -> Result<String, FromUtf8Error>;
    #[builtin] pub fn into_boxed_str(self) -> Box<str>;
    #[builtin] pub fn retain<F: FnMut(char) -> bool>(&mut self, f: F);
    #[builtin] pub fn split_off(&mut self, at: usize) -> String;
    #[builtin] pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> StrDrain<'_>;
    #[builtin] pub fn replace_range<R>(&mut self, range: R, replace_with: &str);

    /// As std: borrowed when the bytes are valid UTF-8; otherwise a String of `v.len()` capacity
    /// receiving each valid run and a U+FFFD for each invalid sequence (core's Utf8Chunks).
    pub fn from_utf8_lossy(v: &[u8]) -> borrow::Cow<'_, str> {
        let first = borrow::utf8_prefix(v);
        if first.len() == v.len() {
            return borrow::Cow::Borrowed(first);
        }
        let mut res = String::with_capacity(v.len());
        let mut rest = v;
        loop {
            let valid = borrow::utf8_prefix(rest);
            res.push_str(valid);
            if valid.len() == rest.len() {
                break;
            }
            res.push_str("\u{FFFD}");
            let bad = borrow::utf8_invalid_len(&rest[valid.len()..]);
            rest = &rest[valid.len() + bad..];
        }
        borrow::Cow::Owned(res)
    }
}

#[lang = "Iter"] pub struct StrDrain<'a>;

impl<'a> Iterator for StrDrain<'a> {
    type Item = char;
    #[builtin] fn next(&mut self) -> Option<char>;
}

impl<'a> DoubleEndedIterator for StrDrain<'a> {
    #[builtin] fn next_back(&mut self) -> Option<char>;
}

impl From<&str> for String {
    #[builtin] fn from(s: &str) -> String;
}

impl Clone for String {
    #[builtin] fn clone(&self) -> String;
    // As std: the buffer kept, cleared and grown as push_str grows it.
    fn clone_from(&mut self, source: &String) {
        self.clear();
        self.push_str(source);
    }
}

impl Deref for String {
    type Target = str;
    #[builtin] fn deref(&self) -> &str;
}

impl DerefMut for String {
    #[builtin = "String::deref"] fn deref_mut(&mut self) -> &mut str;
}

impl Add<&str> for String {
    type Output = String;
    #[builtin] fn add(self, s: &str) -> String;
}

impl AddAssign<&str> for String {
    #[builtin] fn add_assign(&mut self, s: &str);
}

impl PartialEq for String {
    #[builtin] fn eq(&self, other: &String) -> bool;
}

impl Default for String {
    #[builtin = "String::new"] fn default() -> String;
}

impl Index<Range<usize>> for String {
    type Output = str;
    #[builtin = "String::index_range"] fn index(&self, r: Range<usize>) -> &str;
}

impl Index<RangeFrom<usize>> for String {
    type Output = str;
    #[builtin = "String::index_range"] fn index(&self, r: RangeFrom<usize>) -> &str;
}

impl Index<RangeTo<usize>> for String {
    type Output = str;
    #[builtin = "String::index_range"] fn index(&self, r: RangeTo<usize>) -> &str;
}

impl IndexMut<Range<usize>> for String {
    #[builtin = "String::index_range"] fn index_mut(&mut self, r: Range<usize>) -> &mut str;
}

impl IndexMut<RangeFrom<usize>> for String {
    #[builtin = "String::index_range"] fn index_mut(&mut self, r: RangeFrom<usize>) -> &mut str;
}

impl IndexMut<RangeTo<usize>> for String {
    #[builtin = "String::index_range"] fn index_mut(&mut self, r: RangeTo<usize>) -> &mut str;
}

impl str {
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin = "slice::as_ptr"] pub fn as_ptr(&self) -> *const u8;
    #[builtin] pub fn to_string(&self) -> String;
    #[builtin] pub fn to_owned(&self) -> String;
    #[builtin] pub fn as_bytes(&self) -> &[u8];
    #[builtin] pub fn chars(&self) -> Chars<'_>;
    #[builtin] pub fn char_indices(&self) -> CharIndices<'_>;
    #[builtin] pub fn bytes(&self) -> Bytes<'_>;
    #[builtin] pub fn split_whitespace(&self) -> SplitWhitespace<'_>;
    #[builtin] pub fn trim(&self) -> &str;
    #[builtin] pub fn trim_start(&self) -> &str;
    #[builtin] pub fn trim_end(&self) -> &str;
    #[builtin] pub fn contains<P: Pattern>(&self, pat: P) -> bool;
    #[builtin] pub fn starts_with<P: Pattern>(&self, pat: P) -> bool;
    #[builtin] pub fn ends_with<P: Pattern>(&self, pat: P) -> bool;
    #[builtin] pub fn to_uppercase(&self) -> String;
    #[builtin] pub fn to_lowercase(&self) -> String;
    #[builtin] pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String;
    #[builtin] pub fn replacen<P: Pattern>(&self, from: P, to: &str, count: usize) -> String;
    #[builtin] pub fn repeat(&self, n: usize) -> String;
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }
    #[builtin] pub fn get<R>(&self, range: R) -> Option<&str>;
    #[builtin] pub fn find<P: Pattern>(&self, pat: P) -> Option<usize>;
    #[builtin] pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize>;
    #[builtin] pub fn split<'a, P: Pattern>(&'a self, pat: P) -> Split<'a, P>;
    #[builtin] pub fn rsplit<'a, P: Pattern>(&'a self, pat: P) -> Split<'a, P>;
    #[builtin] pub fn splitn<'a, P: Pattern>(&'a self, n: usize, pat: P) -> Split<'a, P>;
    #[builtin] pub fn rsplitn<'a, P: Pattern>(&'a self, n: usize, pat: P) -> Split<'a, P>;
    #[builtin] pub fn split_terminator<'a, P: Pattern>(&'a self, pat: P) -> Split<'a, P>;
    #[builtin] pub fn split_inclusive<'a, P: Pattern>(&'a self, pat: P) -> Split<'a, P>;
    #[builtin] pub fn matches<'a, P: Pattern>(&'a self, pat: P) -> Split<'a, P>;
    #[builtin] pub fn split_once<'a, P: Pattern>(&'a self, pat: P) -> Option<(&'a str, &'a str)>;
    #[builtin] pub fn rsplit_once<'a, P: Pattern>(&'a self, pat: P) -> Option<(&'a str, &'a str)>;
    #[builtin] pub fn strip_prefix<'a, P: Pattern>(&'a self, prefix: P) -> Option<&'a str>;
    #[builtin] pub fn strip_suffix<'a, P: Pattern>(&'a self, suffix: P) -> Option<&'a str>;
    #[builtin] pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str;
    #[builtin] pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str;
    #[builtin] pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str;
    #[builtin] pub fn lines(&self) -> Lines<'_>;
    #[builtin] pub fn is_char_boundary(&self, index: usize) -> bool;
    #[builtin] pub fn make_ascii_uppercase(&mut self);
    #[builtin] pub fn make_ascii_lowercase(&mut self);
    #[builtin] pub fn to_ascii_uppercase(&self) -> String;
    #[builtin] pub fn to_ascii_lowercase(&self) -> String;
    #[builtin] pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
    pub fn is_ascii(&self) -> bool {
        self.bytes().all(|b| b < 128)
    }
}

impl PartialEq for str {
    #[builtin = "str::eq"] fn eq(&self, other: &str) -> bool;
}

impl Index<Range<usize>> for str {
    type Output = str;
    #[builtin = "str::index_range"] fn index(&self, r: Range<usize>) -> &str;
}

impl Index<RangeFrom<usize>> for str {
    type Output = str;
    #[builtin = "str::index_range"] fn index(&self, r: RangeFrom<usize>) -> &str;
}

impl Index<RangeTo<usize>> for str {
    type Output = str;
    #[builtin = "str::index_range"] fn index(&self, r: RangeTo<usize>) -> &str;
}

/// What str searches accept: a `&str`, `&String`, `char`, `&[char]`, `[char; N]` or a `FnMut(char) -> bool`.
pub trait Pattern {}
impl<'b> Pattern for &'b str {}
impl<'b, 'c> Pattern for &'c &'b str {}
impl<'b> Pattern for &'b String {}
impl Pattern for char {}
impl<'b> Pattern for &'b [char] {}
impl Pattern for [char; N] {}
impl<'b> Pattern for &'b [char; N] {}
impl<F: FnMut(char) -> bool> Pattern for F {}

/// The error of `str::parse` for integers (the machine stores the kind as the variant).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError { kind: IntErrorKind }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind { Empty, InvalidDigit, PosOverflow, NegOverflow, Zero }

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError { kind: FloatErrorKind }

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind { Empty, Invalid }

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError { kind: CharErrorKind }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharErrorKind { EmptyString, TooManyChars }

/// `str::parse`'s trait: the primitives' impls parse natively (the machine reads the target type `F`).
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

#[builtin = "str::parse"]
fn parse_primitive<F, E>(s: &str) -> Result<F, E>;
#[builtin = "str::parse_radix"]
fn parse_radix<F>(s: &str, radix: u32) -> Result<F, ParseIntError>;
impl i8 { pub fn from_str_radix(src: &str, radix: u32) -> Result<i8, ParseIntError> { parse_radix::<i8>(src, radix) } }
impl i16 { pub fn from_str_radix(src: &str, radix: u32) -> Result<i16, ParseIntError> { parse_radix::<i16>(src, radix) } }
impl i32 { pub fn from_str_radix(src: &str, radix: u32) -> Result<i32, ParseIntError> { parse_radix::<i32>(src, radix) } }
impl i64 { pub fn from_str_radix(src: &str, radix: u32) -> Result<i64, ParseIntError> { parse_radix::<i64>(src, radix) } }
impl i128 { pub fn from_str_radix(src: &str, radix: u32) -> Result<i128, ParseIntError> { parse_radix::<i128>(src, radix) } }
impl isize { pub fn from_str_radix(src: &str, radix: u32) -> Result<isize, ParseIntError> { parse_radix::<isize>(src, radix) } }
impl u8 { pub fn from_str_radix(src: &str, radix: u32) -> Result<u8, ParseIntError> { parse_radix::<u8>(src, radix) } }
impl u16 { pub fn from_str_radix(src: &str, radix: u32) -> Result<u16, ParseIntError> { parse_radix::<u16>(src, radix) } }
impl u32 { pub fn from_str_radix(src: &str, radix: u32) -> Result<u32, ParseIntError> { parse_radix::<u32>(src, radix) } }
impl u64 { pub fn from_str_radix(src: &str, radix: u32) -> Result<u64, ParseIntError> { parse_radix::<u64>(src, radix) } }
impl u128 { pub fn from_str_radix(src: &str, radix: u32) -> Result<u128, ParseIntError> { parse_radix::<u128>(src, radix) } }
impl usize { pub fn from_str_radix(src: &str, radix: u32) -> Result<usize, ParseIntError> { parse_radix::<usize>(src, radix) } }

impl FromStr for i8 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i8, ParseIntError> { parse_primitive::<i8, ParseIntError>(s) } }
impl FromStr for i16 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i16, ParseIntError> { parse_primitive::<i16, ParseIntError>(s) } }
impl FromStr for i32 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i32, ParseIntError> { parse_primitive::<i32, ParseIntError>(s) } }
impl FromStr for i64 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i64, ParseIntError> { parse_primitive::<i64, ParseIntError>(s) } }
impl FromStr for i128 { type Err = ParseIntError; fn from_str(s: &str) -> Result<i128, ParseIntError> { parse_primitive::<i128, ParseIntError>(s) } }
impl FromStr for u128 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u128, ParseIntError> { parse_primitive::<u128, ParseIntError>(s) } }
impl FromStr for isize { type Err = ParseIntError; fn from_str(s: &str) -> Result<isize, ParseIntError> { parse_primitive::<isize, ParseIntError>(s) } }
impl FromStr for u8 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u8, ParseIntError> { parse_primitive::<u8, ParseIntError>(s) } }
impl FromStr for u16 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u16, ParseIntError> { parse_primitive::<u16, ParseIntError>(s) } }
impl FromStr for u32 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u32, ParseIntError> { parse_primitive::<u32, ParseIntError>(s) } }
impl FromStr for u64 { type Err = ParseIntError; fn from_str(s: &str) -> Result<u64, ParseIntError> { parse_primitive::<u64, ParseIntError>(s) } }
impl FromStr for usize { type Err = ParseIntError; fn from_str(s: &str) -> Result<usize, ParseIntError> { parse_primitive::<usize, ParseIntError>(s) } }
impl FromStr for f32 { type Err = ParseFloatError; fn from_str(s: &str) -> Result<f32, ParseFloatError> { parse_primitive::<f32, ParseFloatError>(s) } }
impl FromStr for f64 { type Err = ParseFloatError; fn from_str(s: &str) -> Result<f64, ParseFloatError> { parse_primitive::<f64, ParseFloatError>(s) } }
impl FromStr for bool { type Err = ParseBoolError; fn from_str(s: &str) -> Result<bool, ParseBoolError> { parse_primitive::<bool, ParseBoolError>(s) } }
impl FromStr for char { type Err = ParseCharError; fn from_str(s: &str) -> Result<char, ParseCharError> { parse_primitive::<char, ParseCharError>(s) } }
impl FromStr for String {
    type Err = Infallible;
    fn from_str(s: &str) -> Result<String, Infallible> { Ok(String::from(s)) }
}

#[lang = "Iter"] pub struct Chars<'a>;
#[lang = "Iter"] pub struct CharIndices<'a>;
#[lang = "Iter"] pub struct Bytes<'a>;
#[lang = "Iter"] pub struct SplitWhitespace<'a>;

impl<'a> Iterator for Chars<'a> {
    type Item = char;
    #[builtin] fn next(&mut self) -> Option<char>;
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    #[builtin] fn next_back(&mut self) -> Option<char>;
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    #[builtin] fn next(&mut self) -> Option<(usize, char)>;
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
    #[builtin] fn next(&mut self) -> Option<u8>;
}

impl<'a> DoubleEndedIterator for Bytes<'a> {
    #[builtin] fn next_back(&mut self) -> Option<u8>;
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    #[builtin] fn next_back(&mut self) -> Option<(usize, char)>;
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    #[builtin] fn next(&mut self) -> Option<&'a str>;
}

impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    #[builtin] fn next_back(&mut self) -> Option<&'a str>;
}

impl<'a> Chars<'a> {
    #[builtin] pub fn as_str(&self) -> &'a str;
}

// ---- Vec and slices ---------------------------------------------------------------------------

#[lang = "Vec"]
pub struct Vec<T>;

// std declares `resize` and `extend_from_slice` in `impl<T: Clone> Vec<T>`: unmet, E0599.
impl<T: Clone> Vec<T> {
    #[builtin] pub fn extend_from_slice(&mut self, other: &[T]);
    #[builtin] pub fn resize(&mut self, new_len: usize, value: T);
}

// std declares `dedup` in `impl<T: PartialEq> Vec<T>`: unmet, the method is not found (E0599).
impl<T: PartialEq> Vec<T> {
    #[builtin] pub fn dedup(&mut self);
}

impl<T> Vec<T> {
    #[builtin] pub fn new() -> Vec<T>;
    #[builtin] pub fn with_capacity(capacity: usize) -> Vec<T>;
    #[builtin] pub fn push(&mut self, value: T);
    #[builtin] pub fn pop(&mut self) -> Option<T>;
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn capacity(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn get<I: SliceIndex<[T]>>(&self, index: I) -> Option<&I::Output>;
    #[builtin] pub fn insert(&mut self, index: usize, value: T);
    #[builtin] pub fn remove(&mut self, index: usize) -> T;
    #[builtin] pub fn swap_remove(&mut self, index: usize) -> T;
    #[builtin] pub fn clear(&mut self);
    #[builtin] pub fn truncate(&mut self, len: usize);
    #[builtin] pub fn reserve(&mut self, additional: usize);
    #[builtin] pub fn reserve_exact(&mut self, additional: usize);
    #[builtin] pub fn shrink_to_fit(&mut self);
    #[builtin] pub fn as_slice(&self) -> &[T];
    #[builtin] pub fn as_mut_slice(&mut self) -> &mut [T];
    #[builtin] pub fn iter(&self) -> Iter<'_, T>;
    #[builtin] pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T>;
    #[builtin] pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    #[builtin] pub fn append(&mut self, other: &mut Vec<T>);
    #[builtin] pub fn into_boxed_slice(self) -> Box<[T]>;
    #[builtin] pub fn split_off(&mut self, at: usize) -> Vec<T>;
    #[builtin] pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, key: F);
    #[builtin] pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F);
    #[builtin] pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F);
    #[builtin] pub fn shrink_to(&mut self, min_capacity: usize);
    #[builtin] pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, f: F);
}

impl<T: Clone> Clone for Vec<T> {
    #[builtin] fn clone(&self) -> Vec<T>;
    // As std: the common prefix cloned in place, the rest dropped or appended.
    fn clone_from(&mut self, source: &Vec<T>) {
        self.truncate(source.len());
        let n = self.len();
        let (init, tail) = source.split_at(n);
        self[..].clone_from_slice(init);
        self.extend_from_slice(tail);
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    #[builtin] fn deref(&self) -> &[T];
}

impl<T> DerefMut for Vec<T> {
    #[builtin] fn deref_mut(&mut self) -> &mut [T];
}

impl<T> Default for Vec<T> {
    #[builtin = "Vec::new"] fn default() -> Vec<T>;
}

impl<T> Index<usize> for Vec<T> {
    type Output = T;
    #[builtin] fn index(&self, index: usize) -> &T;
}

impl<T> IndexMut<usize> for Vec<T> {
    #[builtin] fn index_mut(&mut self, index: usize) -> &mut T;
}

impl<T> Index<Range<usize>> for Vec<T> {
    type Output = [T];
    #[builtin = "Vec::index_range"] fn index(&self, r: Range<usize>) -> &[T];
}

impl<T> Index<RangeFrom<usize>> for Vec<T> {
    type Output = [T];
    #[builtin = "Vec::index_range"] fn index(&self, r: RangeFrom<usize>) -> &[T];
}

impl<T> Index<RangeTo<usize>> for Vec<T> {
    type Output = [T];
    #[builtin = "Vec::index_range"] fn index(&self, r: RangeTo<usize>) -> &[T];
}

impl<T> Index<RangeFull> for Vec<T> {
    type Output = [T];
    #[builtin = "Vec::index_range"] fn index(&self, r: RangeFull) -> &[T];
}

impl<T> IndexMut<Range<usize>> for Vec<T> {
    #[builtin = "Vec::index_range"] fn index_mut(&mut self, r: Range<usize>) -> &mut [T];
}

impl<T> IndexMut<RangeFrom<usize>> for Vec<T> {
    #[builtin = "Vec::index_range"] fn index_mut(&mut self, r: RangeFrom<usize>) -> &mut [T];
}

impl<T> IndexMut<RangeTo<usize>> for Vec<T> {
    #[builtin = "Vec::index_range"] fn index_mut(&mut self, r: RangeTo<usize>) -> &mut [T];
}

impl<T> IndexMut<RangeFull> for Vec<T> {
    #[builtin = "Vec::index_range"] fn index_mut(&mut self, r: RangeFull) -> &mut [T];
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[builtin] fn into_iter(self) -> IntoIter<T>;
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[builtin = "Vec::iter"] fn into_iter(self) -> Iter<'a, T>;
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    #[builtin = "Vec::iter_mut"] fn into_iter(self) -> IterMut<'a, T>;
}

impl<T: PartialEq> PartialEq for Vec<T> {
    #[builtin = "Vec::eq"] fn eq(&self, other: &Vec<T>) -> bool;
}

// std's comparisons across Vec, arrays and slices (element types kept equal here).
impl<T: PartialEq> PartialEq<[T; N]> for Vec<T> { #[builtin = "cmp::seq_eq"] fn eq(&self, other: &[T; N]) -> bool; }
impl<'a, T: PartialEq> PartialEq<&'a [T; N]> for Vec<T> { #[builtin = "cmp::seq_eq"] fn eq(&self, other: &&'a [T; N]) -> bool; }
impl<'a, T: PartialEq> PartialEq<&'a [T]> for Vec<T> { #[builtin = "cmp::seq_eq"] fn eq(&self, other: &&'a [T]) -> bool; }
impl<T: PartialEq> PartialEq<[T]> for Vec<T> { #[builtin = "cmp::seq_eq"] fn eq(&self, other: &[T]) -> bool; }
impl<T: PartialEq> PartialEq<Vec<T>> for [T] { #[builtin = "cmp::seq_eq"] fn eq(&self, other: &Vec<T>) -> bool; }
impl<'a, T: PartialEq> PartialEq<Vec<T>> for &'a [T] { #[builtin = "cmp::seq_eq"] fn eq(&self, other: &Vec<T>) -> bool; }
impl<'a, T: PartialEq> PartialEq<[T; N]> for &'a [T] { #[builtin = "cmp::seq_eq"] fn eq(&self, other: &[T; N]) -> bool; }

// `[T; N]` with `N` unbound is an array of any length (see prelude.rs).
impl<T> [[T; N]] {
    /// The arrays' elements as one slice.
    #[builtin = "slice::as_flattened"] pub fn as_flattened(&self) -> &[T];
}

// `concat` and `join` exist for string-like and vector-like elements only, typed by `SliceConcat`.
impl<T: SliceConcat> [T] {
    #[builtin = "slice::concat"] pub fn concat(&self) -> T::Output;
}
impl<T: SliceJoinStr> [T] {
    #[builtin = "slice::join"] pub fn join(&self, sep: &str) -> String;
}
impl<T: Clone> [Vec<T>] {
    #[builtin = "slice::join_vec"] pub fn join<S: VecJoinSeparator<T>>(&self, sep: S) -> Vec<T>;
}
/// std's `Join<&T>` and `Join<&[T]>` for `[V]`: one element or a slice between the parts.
pub trait VecJoinSeparator<T> {}
impl<'a, T> VecJoinSeparator<T> for &'a T {}
impl<'a, T> VecJoinSeparator<T> for &'a [T] {}

impl<T> [T] {
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn as_ptr(&self) -> *const T;
    #[builtin = "slice::as_ptr"] pub fn as_mut_ptr(&mut self) -> *mut T;
    #[builtin] pub fn iter(&self) -> Iter<'_, T>;
    #[builtin] pub fn iter_mut(&mut self) -> IterMut<'_, T>;
    #[builtin] pub fn first(&self) -> Option<&T>;
    #[builtin] pub fn last(&self) -> Option<&T>;
    #[builtin] pub fn get<I: SliceIndex<[T]>>(&self, index: I) -> Option<&I::Output>;
    #[builtin] pub fn get_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> Option<&mut I::Output>;
    #[builtin] pub fn contains(&self, x: &T) -> bool where T: PartialEq;
    #[builtin] pub fn to_vec(&self) -> Vec<T> where T: Clone;
    #[builtin] pub fn swap(&mut self, a: usize, b: usize);
    #[builtin] pub fn reverse(&mut self);
    #[builtin] pub fn sort(&mut self) where T: Ord;
    #[builtin] pub fn sort_unstable(&mut self) where T: Ord;
    #[builtin] pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F);
    #[builtin] pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
    #[builtin] pub fn windows(&self, size: usize) -> Windows<'_, T>;
    #[builtin] pub fn chunks(&self, size: usize) -> Chunks<'_, T>;
    #[builtin = "slice::chunks"] pub fn chunks_mut(&mut self, size: usize) -> ChunksMut<'_, T>;
    #[builtin] pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord;
    #[builtin] pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F);
    #[builtin] pub fn starts_with(&self, needle: &[T]) -> bool where T: PartialEq;
    #[builtin] pub fn fill(&mut self, value: T) where T: Clone;
    #[builtin] pub fn first_mut(&mut self) -> Option<&mut T>;
    #[builtin] pub fn last_mut(&mut self) -> Option<&mut T>;
    #[builtin] pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]);
    #[builtin] pub fn split_first(&self) -> Option<(&T, &[T])>;
    #[builtin] pub fn split_last(&self) -> Option<(&T, &[T])>;
    #[builtin] pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])>;
    #[builtin] pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])>;
    #[builtin] pub fn chunks_exact(&self, size: usize) -> ChunksExact<'_, T>;
    #[builtin] pub fn rotate_left(&mut self, mid: usize);
    #[builtin] pub fn rotate_right(&mut self, k: usize);
    #[builtin] pub fn ends_with(&self, needle: &[T]) -> bool where T: PartialEq;
    #[builtin] pub fn repeat(&self, n: usize) -> Vec<T> where T: Copy;
    #[builtin] pub fn copy_from_slice(&mut self, src: &[T]) where T: Copy;
    #[builtin] pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F);
    #[builtin] pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F);
}

#[lang = "Iter"] pub struct ChunksExact<'a, T>;

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];
    #[builtin] fn next(&mut self) -> Option<&'a [T]>;
}

impl<'a, T> ChunksExact<'a, T> {
    #[builtin] pub fn remainder(&self) -> &'a [T];
}

impl<T> Index<Range<usize>> for [T] {
    type Output = [T];
    #[builtin = "slice::index_range"] fn index(&self, r: Range<usize>) -> &[T];
}

impl<T> Index<RangeFrom<usize>> for [T] {
    type Output = [T];
    #[builtin = "slice::index_range"] fn index(&self, r: RangeFrom<usize>) -> &[T];
}

impl<T> Index<RangeTo<usize>> for [T] {
    type Output = [T];
    #[builtin = "slice::index_range"] fn index(&self, r: RangeTo<usize>) -> &[T];
}

impl<T> IndexMut<Range<usize>> for [T] {
    #[builtin = "slice::index_range"] fn index_mut(&mut self, r: Range<usize>) -> &mut [T];
}

impl<T> IndexMut<RangeFrom<usize>> for [T] {
    #[builtin = "slice::index_range"] fn index_mut(&mut self, r: RangeFrom<usize>) -> &mut [T];
}

impl<T> IndexMut<RangeTo<usize>> for [T] {
    #[builtin = "slice::index_range"] fn index_mut(&mut self, r: RangeTo<usize>) -> &mut [T];
}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[builtin = "slice::iter"] fn into_iter(self) -> Iter<'a, T>;
}

#[lang = "Iter"] pub struct Iter<'a, T>;
#[lang = "Iter"] pub struct IterMut<'a, T>;
#[lang = "Iter"] pub struct IntoIter<T>;
#[lang = "Iter"] pub struct Drain<'a, T>;

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[builtin] fn next(&mut self) -> Option<&'a T>;
}

impl<'a, T> Clone for Iter<'a, T> { #[builtin = "Iter::clone"] fn clone(&self) -> Iter<'a, T>; }
impl<'a> Clone for Chars<'a> { #[builtin = "Iter::clone"] fn clone(&self) -> Chars<'a>; }
impl<'a> Clone for CharIndices<'a> { #[builtin = "Iter::clone"] fn clone(&self) -> CharIndices<'a>; }
impl<'a> Clone for Bytes<'a> { #[builtin = "Iter::clone"] fn clone(&self) -> Bytes<'a>; }
impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[builtin] fn next_back(&mut self) -> Option<&'a T>;
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    #[builtin] fn next(&mut self) -> Option<&'a mut T>;
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    #[builtin] fn next(&mut self) -> Option<T>;
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[builtin] fn next_back(&mut self) -> Option<T>;
}

impl<T> IntoIter<T> {
    #[builtin] pub fn as_slice(&self) -> &[T];
}
// As std: the elements not yet yielded, cloned into a buffer of their length.
impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> IntoIter<T> { self.as_slice().to_vec().into_iter() }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[builtin] fn next_back(&mut self) -> Option<&'a mut T>;
}

impl<'a, T> Iterator for Drain<'a, T> {
    type Item = T;
    #[builtin] fn next(&mut self) -> Option<T>;
}

impl<'a, T> DoubleEndedIterator for Drain<'a, T> {
    #[builtin] fn next_back(&mut self) -> Option<T>;
}

// ---- Box, Rc, Weak, Cell, RefCell ------------------------------------------------------------

#[lang = "Box"]
pub struct Box<T>;

impl<T> Box<T> {
    #[builtin] pub fn new(x: T) -> Box<T>;
    #[builtin] pub fn leak<'a>(b: Box<T>) -> &'a mut T;
}

impl<T> Box<[T]> {
    #[builtin] pub fn into_vec(self) -> Vec<T>;
}

impl<T> AsRef<T> for Box<T> {
    #[builtin = "Box::deref"] fn as_ref(&self) -> &T;
}

impl<T> AsMut<T> for Box<T> {
    #[builtin = "Box::deref_mut"] fn as_mut(&mut self) -> &mut T;
}

impl<T> Deref for Box<T> {
    type Target = T;
    #[builtin] fn deref(&self) -> &T;
}

impl<T> DerefMut for Box<T> {
    #[builtin] fn deref_mut(&mut self) -> &mut T;
}

impl<T: Clone> Clone for Box<T> {
    #[builtin] fn clone(&self) -> Box<T>;
}

#[lang = "Rc"]
pub struct Rc<T>;

impl<T> Rc<T> {
    #[builtin] pub fn new(value: T) -> Rc<T>;
    #[builtin] pub fn strong_count(this: &Rc<T>) -> usize;
    #[builtin] pub fn weak_count(this: &Rc<T>) -> usize;
    #[builtin] pub fn downgrade(this: &Rc<T>) -> Weak<T>;
    #[builtin] pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool;
    #[builtin] pub fn as_ptr(this: &Rc<T>) -> *const T;
    #[builtin] pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
    #[builtin] pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T>;
    #[builtin] pub fn make_mut(this: &mut Rc<T>) -> &mut T where T: Clone;
}

impl<T> Clone for Rc<T> {
    #[builtin] fn clone(&self) -> Rc<T>;
}

impl<T> Deref for Rc<T> {
    type Target = T;
    #[builtin] fn deref(&self) -> &T;
}

#[lang = "Weak"]
pub struct Weak<T>;

impl<T> Weak<T> {
    #[builtin] pub fn new() -> Weak<T>;
    #[builtin] pub fn upgrade(&self) -> Option<Rc<T>>;
    #[builtin] pub fn strong_count(&self) -> usize;
    #[builtin] pub fn weak_count(&self) -> usize;
}

impl<T> Clone for Weak<T> {
    #[builtin] fn clone(&self) -> Weak<T>;
}

#[lang = "Cell"]
pub struct Cell<T>;

impl<T> Cell<T> {
    #[builtin] pub fn new(value: T) -> Cell<T>;
    #[builtin] pub fn set(&self, value: T);
    #[builtin] pub fn replace(&self, value: T) -> T;
    #[builtin] pub fn into_inner(self) -> T;
    #[builtin] pub fn get_mut(&mut self) -> &mut T;
}

// std declares `get` in `impl<T: Copy> Cell<T>` and `take` in `impl<T: Default> Cell<T>`: unmet, the
// method is not found (E0599; `Cell<String>::get` would copy out an owned value).
impl<T: Copy> Cell<T> {
    #[builtin] pub fn get(&self) -> T;
}

impl<T: Default> Cell<T> {
    #[builtin] pub fn take(&self) -> T;
}

#[lang = "RefCell"]
pub struct RefCell<T>;

impl<T> RefCell<T> {
    #[builtin] pub fn new(value: T) -> RefCell<T>;
    #[builtin] pub fn borrow(&self) -> Ref<'_, T>;
    #[builtin] pub fn borrow_mut(&self) -> RefMut<'_, T>;
    #[builtin] pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError>;
    #[builtin] pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError>;
    #[builtin] pub fn into_inner(self) -> T;
    #[builtin] pub fn get_mut(&mut self) -> &mut T;
    // As std: through a mutable borrow, so a live borrow panics with `already borrowed` at the caller.
    #[track_caller]
    pub fn replace(&self, t: T) -> T {
        mem::replace(&mut *self.borrow_mut(), t)
    }
    #[track_caller]
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut_borrow = &mut *self.borrow_mut();
        let replacement = f(mut_borrow);
        mem::replace(mut_borrow, replacement)
    }
    pub fn swap(&self, other: &RefCell<T>) {
        mem::swap(&mut *self.borrow_mut(), &mut *other.borrow_mut())
    }
}

// As std: `take` lives in `impl<T: Default> RefCell<T>` (unmet, the method is not found: E0599).
impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T {
        self.replace(Default::default())
    }
}

#[derive(Debug)] pub struct BorrowError;
#[derive(Debug)] pub struct BorrowMutError;

#[lang = "Ref"]
pub struct Ref<'b, T>;

impl<'b, T> Deref for Ref<'b, T> {
    type Target = T;
    #[builtin] fn deref(&self) -> &T;
}

#[lang = "RefMut"]
pub struct RefMut<'b, T>;

impl<'b, T> Deref for RefMut<'b, T> {
    type Target = T;
    #[builtin] fn deref(&self) -> &T;
}

impl<'b, T> DerefMut for RefMut<'b, T> {
    #[builtin] fn deref_mut(&mut self) -> &mut T;
}

// ---- std::borrow: Cow of str, as `String::from_utf8_lossy` returns it ----------------------------

pub mod borrow {
    use crate::{fmt, Deref, String, Clone, PartialEq};

    /// The key bound of the maps' and sets' lookups (`K: Borrow<Q>`). Without its `borrow` method,
    /// which would compete with `RefCell::borrow` in method lookup (std traits are always in scope here).
    pub trait Borrow<Borrowed: ?Sized> {}
    impl<T: ?Sized> Borrow<T> for T {}
    impl<T: ?Sized> Borrow<T> for &T {}
    impl Borrow<str> for String {}
    impl<T> Borrow<[T]> for crate::Vec<T> {}
    impl<T> Borrow<T> for crate::Box<T> {}
    impl<T> Borrow<T> for crate::Rc<T> {}

    /// What a borrowed type owns when copied: `str` -> `String`, `[T]` -> `Vec<T>`.
    pub trait ToOwned {
        type Owned;
    }

    impl ToOwned for str {
        type Owned = String;
    }

    pub enum Cow<'a, B: ?Sized + ToOwned + 'a> {
        Borrowed(&'a B),
        Owned(<B as ToOwned>::Owned),
    }

    impl<'a> Cow<'a, str> {
        pub fn into_owned(self) -> String {
            match self {
                Cow::Borrowed(b) => b.to_owned(),
                Cow::Owned(o) => o,
            }
        }

        pub fn to_mut(&mut self) -> &mut String {
            if let Cow::Borrowed(b) = *self {
                *self = Cow::Owned(b.to_owned());
            }
            match self {
                Cow::Owned(o) => o,
                Cow::Borrowed(_) => unreachable!(),
            }
        }
    }

    impl<'a> Deref for Cow<'a, str> {
        type Target = str;
        fn deref(&self) -> &str {
            match self {
                Cow::Borrowed(b) => b,
                Cow::Owned(o) => o.as_str(),
            }
        }
    }

    impl<'a> Clone for Cow<'a, str> {
        fn clone(&self) -> Cow<'a, str> {
            match self {
                Cow::Borrowed(b) => Cow::Borrowed(*b),
                Cow::Owned(o) => Cow::Owned(o.clone()),
            }
        }
    }

    impl<'a> PartialEq for Cow<'a, str> {
        fn eq(&self, other: &Cow<'a, str>) -> bool { self.deref() == other.deref() }
    }

    impl<'a> fmt::Display for Cow<'a, str> {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            match self {
                Cow::Borrowed(b) => fmt::Display::fmt(*b, f),
                Cow::Owned(o) => fmt::Display::fmt(o, f),
            }
        }
    }

    impl<'a> fmt::Debug for Cow<'a, str> {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            match self {
                Cow::Borrowed(b) => fmt::Debug::fmt(*b, f),
                Cow::Owned(o) => fmt::Debug::fmt(o, f),
            }
        }
    }

    /// The longest valid UTF-8 prefix of the bytes, as a `&str` into them.
    #[builtin = "borrow::utf8_prefix"] pub fn utf8_prefix(v: &[u8]) -> &str;
    /// The length of the invalid sequence the bytes start with (core's Utf8Chunks: a maximal subpart).
    #[builtin = "borrow::utf8_invalid_len"] pub fn utf8_invalid_len(v: &[u8]) -> usize;
    /// As `utf8_invalid_len`, but 0 when the bytes end inside a sequence (Utf8Error's `error_len: None`).
    #[builtin = "borrow::utf8_error_len"] pub fn utf8_error_len(v: &[u8]) -> usize;
}

// ---- std::mem ---------------------------------------------------------------------------------

pub mod mem {
    #[builtin] pub fn swap<T>(a: &mut T, b: &mut T);
    #[builtin] pub fn replace<T>(dest: &mut T, src: T) -> T;
    #[builtin] pub fn take<T: Default>(dest: &mut T) -> T;
    #[builtin] pub fn drop<T>(x: T);
    #[builtin] pub fn forget<T>(t: T);
    #[builtin] pub fn size_of<T>() -> usize;
    #[builtin] pub fn align_of<T>() -> usize;
    #[builtin] pub fn size_of_val<T: ?Sized>(val: &T) -> usize;
}

pub mod process {
    #[builtin] pub fn exit(code: i32) -> !;
}

// The program's command line: heaplab runs a program without arguments, so `args()` yields only
// the program's own name (the source path without `.rs`, as `rustc FILE.rs` names the binary).
pub mod env {
    use crate::{IntoIter, IntoIterator, Iterator, String, Option};

    pub struct Args {
        inner: IntoIter<String>,
    }

    impl Iterator for Args {
        type Item = String;
        fn next(&mut self) -> Option<String> {
            self.inner.next()
        }
    }

    pub fn args() -> Args {
        Args { inner: program_args().into_iter() }
    }

    #[builtin = "env::program_args"] fn program_args() -> crate::Vec<String>;
}

// ---- Formatter ------------------------------------------------------------------------------
// `fmt::Formatter` and `fmt::Error` are declared in prelude.rs (with write_str and alternate);
// the other Formatter methods are declared below.

// ---- std trait impls of the native types (formatting, comparison, collecting) -------------------
// Formatting impls all share the keys "fmt::display" / "fmt::debug": the machine formats by type.

impl fmt::Display for String { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl fmt::Debug for String { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Debug> fmt::Debug for Vec<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Display> fmt::Display for Box<T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Debug> fmt::Debug for Box<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Display> fmt::Display for Rc<T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Debug> fmt::Debug for Rc<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T> fmt::Debug for Weak<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Debug + Copy> fmt::Debug for Cell<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Debug> fmt::Debug for RefCell<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<'b, T: fmt::Display> fmt::Display for Ref<'b, T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<'b, T: fmt::Debug> fmt::Debug for Ref<'b, T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<'b, T: fmt::Display> fmt::Display for RefMut<'b, T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<'b, T: fmt::Debug> fmt::Debug for RefMut<'b, T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl fmt::Display for ParseIntError { #[builtin = "ParseIntError::fmt"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }

impl Eq for String {}
impl PartialOrd for String { #[builtin = "cmp::partial_cmp"] fn partial_cmp(&self, other: &String) -> Option<Ordering>; }
impl Ord for String { #[builtin = "cmp::cmp"] fn cmp(&self, other: &String) -> Ordering; }
impl Hash for String {}
impl<T: Eq> Eq for Vec<T> {}
impl<T: PartialOrd> PartialOrd for Vec<T> { #[builtin = "cmp::partial_cmp"] fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering>; }
impl<T: Ord> Ord for Vec<T> { #[builtin = "cmp::cmp"] fn cmp(&self, other: &Vec<T>) -> Ordering; }
impl<T: Hash> Hash for Vec<T> {}
impl<T: PartialEq> PartialEq for Box<T> { #[builtin = "cmp::eq"] fn eq(&self, other: &Box<T>) -> bool; }
impl<T: Eq> Eq for Box<T> {}
impl<T: PartialOrd> PartialOrd for Box<T> { #[builtin = "cmp::partial_cmp"] fn partial_cmp(&self, other: &Box<T>) -> Option<Ordering>; }
impl<T: Ord> Ord for Box<T> { #[builtin = "cmp::cmp"] fn cmp(&self, other: &Box<T>) -> Ordering; }
impl<T: PartialEq> PartialEq for Rc<T> { #[builtin = "cmp::eq"] fn eq(&self, other: &Rc<T>) -> bool; }
impl<T: Eq> Eq for Rc<T> {}
impl<'a> From<&'a str> for Rc<str> { #[builtin = "Rc::from_str"] fn from(s: &'a str) -> Rc<str>; }
impl From<String> for Rc<str> { #[builtin = "Rc::from_str"] fn from(s: String) -> Rc<str>; }
impl<T> From<Vec<T>> for Rc<[T]> { #[builtin = "Rc::from_vec"] fn from(v: Vec<T>) -> Rc<[T]>; }
impl<T: PartialOrd> PartialOrd for Rc<T> { #[builtin = "cmp::partial_cmp"] fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering>; }
impl<T: Ord> Ord for Rc<T> { #[builtin = "cmp::cmp"] fn cmp(&self, other: &Rc<T>) -> Ordering; }
impl<T: Hash> Hash for Rc<T> {}
impl<T: Hash> Hash for Box<T> {}
impl<T: Default> Default for Box<T> { #[builtin = "Box::default"] fn default() -> Box<T>; }
impl<T: Default> Default for RefCell<T> { #[builtin = "RefCell::default"] fn default() -> RefCell<T>; }
impl<T: Default> Default for Cell<T> { #[builtin = "Cell::default"] fn default() -> Cell<T>; }
impl<T: Default> Default for Rc<T> { #[builtin = "Rc::default"] fn default() -> Rc<T>; }
impl<T: Clone> Clone for RefCell<T> { #[builtin = "RefCell::clone"] fn clone(&self) -> RefCell<T>; }
impl<T: Copy> Clone for Cell<T> { #[builtin = "Cell::clone"] fn clone(&self) -> Cell<T>; }

impl<T> FromIterator<T> for Vec<T> {
    #[builtin = "Vec::from_iter"] fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T>;
}

impl FromIterator<char> for String {
    #[builtin = "String::from_iter"] fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String;
}

impl<'a> FromIterator<&'a char> for String {
    #[builtin = "String::from_iter"] fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String;
}

impl<'a> FromIterator<&'a str> for String {
    #[builtin = "String::from_iter"] fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String;
}

impl FromIterator<String> for String {
    #[builtin = "String::from_iter"] fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String;

}



/// The error of `String::from_utf8`: the bytes given back, and where decoding failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize { self.valid_up_to }
    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.error_len {
            Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

// `std::str::from_utf8`: module `str` is flattened into the root.
#[builtin = "str::from_utf8"]
pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;

impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] { &self.bytes }
    pub fn into_bytes(self) -> Vec<u8> { self.bytes }
    pub fn utf8_error(&self) -> Utf8Error { self.error }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

#[lang = "Iter"] pub struct Split<'a, P>;
#[lang = "Iter"] pub struct Lines<'a>;
#[lang = "Iter"] pub struct Windows<'a, T>;
#[lang = "Iter"] pub struct Chunks<'a, T>;
#[lang = "Iter"] pub struct ChunksMut<'a, T>;

impl<'a, P> Iterator for Split<'a, P> {
    type Item = &'a str;
    #[builtin] fn next(&mut self) -> Option<&'a str>;
}

// As std: splitting from the back needs a pattern searched the same way from both ends (a char).
impl<'a> DoubleEndedIterator for Split<'a, char> {
    #[builtin] fn next_back(&mut self) -> Option<&'a str>;
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    #[builtin] fn next(&mut self) -> Option<&'a str>;
}
impl<'a> DoubleEndedIterator for Lines<'a> {
    #[builtin] fn next_back(&mut self) -> Option<&'a str>;
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    #[builtin] fn next(&mut self) -> Option<&'a [T]>;
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    #[builtin] fn next(&mut self) -> Option<&'a [T]>;
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];
    #[builtin = "Chunks::next"] fn next(&mut self) -> Option<&'a mut [T]>;
}

impl fmt::Formatter {
    #[builtin] pub fn pad(&mut self, s: &str) -> fmt::Result;
    #[builtin] pub fn width(&self) -> Option<usize>;
    #[builtin] pub fn precision(&self) -> Option<usize>;
    #[builtin] pub fn debug_struct<'b>(&'b mut self, name: &str) -> fmt::DebugStruct<'b>;
    #[builtin] pub fn debug_tuple<'b>(&'b mut self, name: &str) -> fmt::DebugTuple<'b>;
    #[builtin] pub fn debug_list<'b>(&'b mut self) -> fmt::DebugList<'b>;
    #[builtin] pub fn debug_set<'b>(&'b mut self) -> fmt::DebugSet<'b>;
}

// ---- HashMap and HashSet (iteration order is insertion order here; real programs must not rely on it)

#[lang = "HashMap"]
pub struct HashMap<K, V>;

impl<K, V> HashMap<K, V> {
    #[builtin] pub fn new() -> HashMap<K, V>;
    #[builtin] pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
    #[builtin] pub fn insert(&mut self, k: K, v: V) -> Option<V> where K: Eq + Hash;
    #[builtin] pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> where K: borrow::Borrow<Q>;
    #[builtin] pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V> where K: borrow::Borrow<Q>;
    #[builtin] pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool where K: borrow::Borrow<Q>;
    #[builtin] pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> where K: borrow::Borrow<Q>;
    #[builtin] pub fn remove_entry<Q: ?Sized>(&mut self, k: &Q) -> Option<(K, V)> where K: borrow::Borrow<Q>;
    #[builtin] pub fn entry(&mut self, key: K) -> Entry<'_, K, V> where K: Eq + Hash;
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn capacity(&self) -> usize;
    #[builtin] pub fn clear(&mut self);
    #[builtin] pub fn keys(&self) -> Keys<'_, K, V>;
    #[builtin] pub fn values(&self) -> Values<'_, K, V>;
    #[builtin] pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
    #[builtin] pub fn iter(&self) -> MapIter<'_, K, V>;
    #[builtin] pub fn iter_mut(&mut self) -> MapIterMut<'_, K, V>;
    #[builtin] pub fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) where K: Eq + Hash;
    #[builtin] pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
    #[builtin] pub fn get_key_value<Q: ?Sized>(&self, k: &Q) -> Option<(&K, &V)> where K: borrow::Borrow<Q>;
}

impl<K, V: PartialEq> PartialEq for HashMap<K, V> {
    fn eq(&self, other: &HashMap<K, V>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        self.iter().all(|(k, v)| match other.get(k) {
            Some(w) => *v == *w,
            None => false,
        })
    }
}
impl<K, V: Eq> Eq for HashMap<K, V> {}

impl<K: Clone, V: Clone> Clone for HashMap<K, V> { #[builtin] fn clone(&self) -> HashMap<K, V>; }
impl<K, V> Default for HashMap<K, V> { #[builtin = "HashMap::new"] fn default() -> HashMap<K, V>; }
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for HashMap<K, V> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<K: Eq + Hash, V> FromIterator<(K, V)> for HashMap<K, V> {
    #[builtin] fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> HashMap<K, V>;
}
impl<K, Q: ?Sized, V> Index<&Q> for HashMap<K, V> where K: borrow::Borrow<Q> {
    type Output = V;
    #[builtin] fn index(&self, key: &Q) -> &V;
}
impl<K, V> IntoIterator for HashMap<K, V> {
    type Item = (K, V);
    type IntoIter = MapIntoIter<K, V>;
    #[builtin] fn into_iter(self) -> MapIntoIter<K, V>;
}
impl<'a, K, V> IntoIterator for &'a HashMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = MapIter<'a, K, V>;
    #[builtin = "HashMap::iter"] fn into_iter(self) -> MapIter<'a, K, V>;
}
impl<'a, K, V> IntoIterator for &'a mut HashMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = MapIterMut<'a, K, V>;
    #[builtin = "HashMap::iter_mut"] fn into_iter(self) -> MapIterMut<'a, K, V>;
}

#[lang = "Iter"] pub struct Entry<'a, K, V>;

impl<'a, K, V> Entry<'a, K, V> {
    #[builtin] pub fn or_insert(self, default: V) -> &'a mut V;
    #[builtin] pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
    #[builtin] pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V;
    #[builtin] pub fn or_default(self) -> &'a mut V;
    #[builtin] pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V>;
    #[builtin] pub fn key(&self) -> &K;
}

#[lang = "Iter"] pub struct Keys<'a, K, V>;
#[lang = "Iter"] pub struct Values<'a, K, V>;
#[lang = "Iter"] pub struct ValuesMut<'a, K, V>;
#[lang = "Iter"] pub struct MapIter<'a, K, V>;
#[lang = "Iter"] pub struct MapIterMut<'a, K, V>;
#[lang = "Iter"] pub struct MapIntoIter<K, V>;

impl<'a, K, V> Iterator for Keys<'a, K, V> { type Item = &'a K; #[builtin] fn next(&mut self) -> Option<&'a K>; }
impl<'a, K, V> Iterator for Values<'a, K, V> { type Item = &'a V; #[builtin] fn next(&mut self) -> Option<&'a V>; }
impl<'a, K, V> Iterator for ValuesMut<'a, K, V> { type Item = &'a mut V; #[builtin] fn next(&mut self) -> Option<&'a mut V>; }
impl<'a, K, V> Iterator for MapIter<'a, K, V> { type Item = (&'a K, &'a V); #[builtin] fn next(&mut self) -> Option<(&'a K, &'a V)>; }
impl<'a, K, V> Iterator for MapIterMut<'a, K, V> { type Item = (&'a K, &'a mut V); #[builtin] fn next(&mut self) -> Option<(&'a K, &'a mut V)>; }
impl<K, V> Iterator for MapIntoIter<K, V> { type Item = (K, V); #[builtin] fn next(&mut self) -> Option<(K, V)>; }

#[lang = "HashSet"]
pub struct HashSet<T>;

impl<T> HashSet<T> {
    #[builtin] pub fn new() -> HashSet<T>;
    #[builtin] pub fn with_capacity(capacity: usize) -> HashSet<T>;
    #[builtin] pub fn insert(&mut self, value: T) -> bool where T: Eq + Hash;
    #[builtin] pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: borrow::Borrow<Q>;
    #[builtin] pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: borrow::Borrow<Q>;
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn capacity(&self) -> usize;
    #[builtin] pub fn clear(&mut self);
    #[builtin] pub fn iter(&self) -> SetIter<'_, T>;
    #[builtin] pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> SetIter<'a, T>;
    #[builtin] pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> SetIter<'a, T>;
    #[builtin] pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> SetIter<'a, T>;
    #[builtin] pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> SetIter<'a, T>;
    #[builtin] pub fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) where T: Eq + Hash;
    #[builtin] pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    #[builtin] pub fn get<Q: ?Sized>(&self, value: &Q) -> Option<&T> where T: borrow::Borrow<Q>;
    #[builtin] pub fn take<Q: ?Sized>(&mut self, value: &Q) -> Option<T> where T: borrow::Borrow<Q>;
    pub fn is_subset(&self, other: &HashSet<T>) -> bool {
        if self.len() > other.len() {
            return false;
        }
        self.iter().all(|v| other.contains(v))
    }
    pub fn is_superset(&self, other: &HashSet<T>) -> bool {
        other.is_subset(self)
    }
    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool {
        if self.len() <= other.len() {
            self.iter().all(|v| !other.contains(v))
        } else {
            other.iter().all(|v| !self.contains(v))
        }
    }
}

impl<T> PartialEq for HashSet<T> {
    fn eq(&self, other: &HashSet<T>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        self.iter().all(|v| other.contains(v))
    }
}
impl<T> Eq for HashSet<T> {}

impl<T: Clone> Clone for HashSet<T> { #[builtin] fn clone(&self) -> HashSet<T>; }
impl<T> Default for HashSet<T> { #[builtin = "HashSet::new"] fn default() -> HashSet<T>; }
impl<T: fmt::Debug> fmt::Debug for HashSet<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: Eq + Hash> FromIterator<T> for HashSet<T> {
    #[builtin] fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> HashSet<T>;
}
impl<T> IntoIterator for HashSet<T> {
    type Item = T;
    type IntoIter = SetIntoIter<T>;
    #[builtin] fn into_iter(self) -> SetIntoIter<T>;
}
impl<'a, T> IntoIterator for &'a HashSet<T> {
    type Item = &'a T;
    type IntoIter = SetIter<'a, T>;
    #[builtin = "HashSet::iter"] fn into_iter(self) -> SetIter<'a, T>;
}

#[lang = "Iter"] pub struct SetIter<'a, T>;
#[lang = "Iter"] pub struct SetIntoIter<T>;

impl<'a, T> Iterator for SetIter<'a, T> { type Item = &'a T; #[builtin] fn next(&mut self) -> Option<&'a T>; }
impl<T> Iterator for SetIntoIter<T> { type Item = T; #[builtin] fn next(&mut self) -> Option<T>; }

// ---- arrays by value (`for x in [1, 2, 3]`) ---------------------------------------------------
// `[T; N]` cannot be named generically here (no const generics in types), so the type checker
// resolves `IntoIterator::into_iter` on an array to the builtin "array::into_iter" returning this
// iterator; it holds the array inline (no heap), as std's array::IntoIter does.

#[lang = "Iter"] pub struct ArrayIntoIter<T>;

impl<T> Iterator for ArrayIntoIter<T> {
    type Item = T;
    #[builtin] fn next(&mut self) -> Option<T>;
}

impl<T> DoubleEndedIterator for ArrayIntoIter<T> {
    #[builtin] fn next_back(&mut self) -> Option<T>;
}

// ---- integers, floats, char -------------------------------------------------------------------

impl i8 {
    #[builtin] pub fn pow(self, exp: u32) -> i8;
    #[builtin] pub fn abs(self) -> i8;
    #[builtin] pub fn signum(self) -> i8;
    #[builtin] pub fn is_positive(self) -> bool;
    #[builtin] pub fn is_negative(self) -> bool;
    #[builtin] pub fn min(self, other: i8) -> i8;
    #[builtin] pub fn max(self, other: i8) -> i8;
    #[builtin] pub fn abs_diff(self, other: i8) -> u8;
    #[builtin] pub fn rem_euclid(self, rhs: i8) -> i8;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: i8) -> Option<i8>;
    #[builtin] pub fn wrapping_add(self, rhs: i8) -> i8;
    #[builtin] pub fn saturating_add(self, rhs: i8) -> i8;
    #[builtin] pub fn overflowing_add(self, rhs: i8) -> (i8, bool);
    #[builtin] pub fn checked_sub(self, rhs: i8) -> Option<i8>;
    #[builtin] pub fn wrapping_sub(self, rhs: i8) -> i8;
    #[builtin] pub fn saturating_sub(self, rhs: i8) -> i8;
    #[builtin] pub fn overflowing_sub(self, rhs: i8) -> (i8, bool);
    #[builtin] pub fn checked_mul(self, rhs: i8) -> Option<i8>;
    #[builtin] pub fn wrapping_mul(self, rhs: i8) -> i8;
    #[builtin] pub fn saturating_mul(self, rhs: i8) -> i8;
    #[builtin] pub fn overflowing_mul(self, rhs: i8) -> (i8, bool);
    #[builtin] pub fn checked_div(self, rhs: i8) -> Option<i8>;
    #[builtin] pub fn wrapping_div(self, rhs: i8) -> i8;
    #[builtin] pub fn saturating_div(self, rhs: i8) -> i8;
    #[builtin] pub fn overflowing_div(self, rhs: i8) -> (i8, bool);
    #[builtin] pub fn checked_rem(self, rhs: i8) -> Option<i8>;
    #[builtin] pub fn wrapping_rem(self, rhs: i8) -> i8;
    #[builtin] pub fn saturating_rem(self, rhs: i8) -> i8;
    #[builtin] pub fn overflowing_rem(self, rhs: i8) -> (i8, bool);
    #[builtin] pub fn wrapping_neg(self) -> i8;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> i8;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> i8;
    #[builtin] pub fn rotate_left(self, n: u32) -> i8;
    #[builtin] pub fn rotate_right(self, n: u32) -> i8;
    #[builtin] pub fn div_euclid(self, rhs: i8) -> i8;
    #[builtin] pub fn unsigned_abs(self) -> u8;
}

impl i16 {
    #[builtin] pub fn pow(self, exp: u32) -> i16;
    #[builtin] pub fn abs(self) -> i16;
    #[builtin] pub fn signum(self) -> i16;
    #[builtin] pub fn is_positive(self) -> bool;
    #[builtin] pub fn is_negative(self) -> bool;
    #[builtin] pub fn min(self, other: i16) -> i16;
    #[builtin] pub fn max(self, other: i16) -> i16;
    #[builtin] pub fn abs_diff(self, other: i16) -> u16;
    #[builtin] pub fn rem_euclid(self, rhs: i16) -> i16;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: i16) -> Option<i16>;
    #[builtin] pub fn wrapping_add(self, rhs: i16) -> i16;
    #[builtin] pub fn saturating_add(self, rhs: i16) -> i16;
    #[builtin] pub fn overflowing_add(self, rhs: i16) -> (i16, bool);
    #[builtin] pub fn checked_sub(self, rhs: i16) -> Option<i16>;
    #[builtin] pub fn wrapping_sub(self, rhs: i16) -> i16;
    #[builtin] pub fn saturating_sub(self, rhs: i16) -> i16;
    #[builtin] pub fn overflowing_sub(self, rhs: i16) -> (i16, bool);
    #[builtin] pub fn checked_mul(self, rhs: i16) -> Option<i16>;
    #[builtin] pub fn wrapping_mul(self, rhs: i16) -> i16;
    #[builtin] pub fn saturating_mul(self, rhs: i16) -> i16;
    #[builtin] pub fn overflowing_mul(self, rhs: i16) -> (i16, bool);
    #[builtin] pub fn checked_div(self, rhs: i16) -> Option<i16>;
    #[builtin] pub fn wrapping_div(self, rhs: i16) -> i16;
    #[builtin] pub fn saturating_div(self, rhs: i16) -> i16;
    #[builtin] pub fn overflowing_div(self, rhs: i16) -> (i16, bool);
    #[builtin] pub fn checked_rem(self, rhs: i16) -> Option<i16>;
    #[builtin] pub fn wrapping_rem(self, rhs: i16) -> i16;
    #[builtin] pub fn saturating_rem(self, rhs: i16) -> i16;
    #[builtin] pub fn overflowing_rem(self, rhs: i16) -> (i16, bool);
    #[builtin] pub fn wrapping_neg(self) -> i16;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> i16;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> i16;
    #[builtin] pub fn rotate_left(self, n: u32) -> i16;
    #[builtin] pub fn rotate_right(self, n: u32) -> i16;
    #[builtin] pub fn div_euclid(self, rhs: i16) -> i16;
    #[builtin] pub fn unsigned_abs(self) -> u16;
}

impl i32 {
    #[builtin] pub fn pow(self, exp: u32) -> i32;
    #[builtin] pub fn abs(self) -> i32;
    #[builtin] pub fn signum(self) -> i32;
    #[builtin] pub fn is_positive(self) -> bool;
    #[builtin] pub fn is_negative(self) -> bool;
    #[builtin] pub fn min(self, other: i32) -> i32;
    #[builtin] pub fn max(self, other: i32) -> i32;
    #[builtin] pub fn abs_diff(self, other: i32) -> u32;
    #[builtin] pub fn rem_euclid(self, rhs: i32) -> i32;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: i32) -> Option<i32>;
    #[builtin] pub fn wrapping_add(self, rhs: i32) -> i32;
    #[builtin] pub fn saturating_add(self, rhs: i32) -> i32;
    #[builtin] pub fn overflowing_add(self, rhs: i32) -> (i32, bool);
    #[builtin] pub fn checked_sub(self, rhs: i32) -> Option<i32>;
    #[builtin] pub fn wrapping_sub(self, rhs: i32) -> i32;
    #[builtin] pub fn saturating_sub(self, rhs: i32) -> i32;
    #[builtin] pub fn overflowing_sub(self, rhs: i32) -> (i32, bool);
    #[builtin] pub fn checked_mul(self, rhs: i32) -> Option<i32>;
    #[builtin] pub fn wrapping_mul(self, rhs: i32) -> i32;
    #[builtin] pub fn saturating_mul(self, rhs: i32) -> i32;
    #[builtin] pub fn overflowing_mul(self, rhs: i32) -> (i32, bool);
    #[builtin] pub fn checked_div(self, rhs: i32) -> Option<i32>;
    #[builtin] pub fn wrapping_div(self, rhs: i32) -> i32;
    #[builtin] pub fn saturating_div(self, rhs: i32) -> i32;
    #[builtin] pub fn overflowing_div(self, rhs: i32) -> (i32, bool);
    #[builtin] pub fn checked_rem(self, rhs: i32) -> Option<i32>;
    #[builtin] pub fn wrapping_rem(self, rhs: i32) -> i32;
    #[builtin] pub fn saturating_rem(self, rhs: i32) -> i32;
    #[builtin] pub fn overflowing_rem(self, rhs: i32) -> (i32, bool);
    #[builtin] pub fn wrapping_neg(self) -> i32;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> i32;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> i32;
    #[builtin] pub fn rotate_left(self, n: u32) -> i32;
    #[builtin] pub fn rotate_right(self, n: u32) -> i32;
    #[builtin] pub fn div_euclid(self, rhs: i32) -> i32;
    #[builtin] pub fn unsigned_abs(self) -> u32;
}

impl i64 {
    #[builtin] pub fn pow(self, exp: u32) -> i64;
    #[builtin] pub fn abs(self) -> i64;
    #[builtin] pub fn signum(self) -> i64;
    #[builtin] pub fn is_positive(self) -> bool;
    #[builtin] pub fn is_negative(self) -> bool;
    #[builtin] pub fn min(self, other: i64) -> i64;
    #[builtin] pub fn max(self, other: i64) -> i64;
    #[builtin] pub fn abs_diff(self, other: i64) -> u64;
    #[builtin] pub fn rem_euclid(self, rhs: i64) -> i64;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: i64) -> Option<i64>;
    #[builtin] pub fn wrapping_add(self, rhs: i64) -> i64;
    #[builtin] pub fn saturating_add(self, rhs: i64) -> i64;
    #[builtin] pub fn overflowing_add(self, rhs: i64) -> (i64, bool);
    #[builtin] pub fn checked_sub(self, rhs: i64) -> Option<i64>;
    #[builtin] pub fn wrapping_sub(self, rhs: i64) -> i64;
    #[builtin] pub fn saturating_sub(self, rhs: i64) -> i64;
    #[builtin] pub fn overflowing_sub(self, rhs: i64) -> (i64, bool);
    #[builtin] pub fn checked_mul(self, rhs: i64) -> Option<i64>;
    #[builtin] pub fn wrapping_mul(self, rhs: i64) -> i64;
    #[builtin] pub fn saturating_mul(self, rhs: i64) -> i64;
    #[builtin] pub fn overflowing_mul(self, rhs: i64) -> (i64, bool);
    #[builtin] pub fn checked_div(self, rhs: i64) -> Option<i64>;
    #[builtin] pub fn wrapping_div(self, rhs: i64) -> i64;
    #[builtin] pub fn saturating_div(self, rhs: i64) -> i64;
    #[builtin] pub fn overflowing_div(self, rhs: i64) -> (i64, bool);
    #[builtin] pub fn checked_rem(self, rhs: i64) -> Option<i64>;
    #[builtin] pub fn wrapping_rem(self, rhs: i64) -> i64;
    #[builtin] pub fn saturating_rem(self, rhs: i64) -> i64;
    #[builtin] pub fn overflowing_rem(self, rhs: i64) -> (i64, bool);
    #[builtin] pub fn wrapping_neg(self) -> i64;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> i64;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> i64;
    #[builtin] pub fn rotate_left(self, n: u32) -> i64;
    #[builtin] pub fn rotate_right(self, n: u32) -> i64;
    #[builtin] pub fn div_euclid(self, rhs: i64) -> i64;
    #[builtin] pub fn unsigned_abs(self) -> u64;
}

impl isize {
    #[builtin] pub fn pow(self, exp: u32) -> isize;
    #[builtin] pub fn abs(self) -> isize;
    #[builtin] pub fn signum(self) -> isize;
    #[builtin] pub fn is_positive(self) -> bool;
    #[builtin] pub fn is_negative(self) -> bool;
    #[builtin] pub fn min(self, other: isize) -> isize;
    #[builtin] pub fn max(self, other: isize) -> isize;
    #[builtin] pub fn abs_diff(self, other: isize) -> usize;
    #[builtin] pub fn rem_euclid(self, rhs: isize) -> isize;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: isize) -> Option<isize>;
    #[builtin] pub fn wrapping_add(self, rhs: isize) -> isize;
    #[builtin] pub fn saturating_add(self, rhs: isize) -> isize;
    #[builtin] pub fn overflowing_add(self, rhs: isize) -> (isize, bool);
    #[builtin] pub fn checked_sub(self, rhs: isize) -> Option<isize>;
    #[builtin] pub fn wrapping_sub(self, rhs: isize) -> isize;
    #[builtin] pub fn saturating_sub(self, rhs: isize) -> isize;
    #[builtin] pub fn overflowing_sub(self, rhs: isize) -> (isize, bool);
    #[builtin] pub fn checked_mul(self, rhs: isize) -> Option<isize>;
    #[builtin] pub fn wrapping_mul(self, rhs: isize) -> isize;
    #[builtin] pub fn saturating_mul(self, rhs: isize) -> isize;
    #[builtin] pub fn overflowing_mul(self, rhs: isize) -> (isize, bool);
    #[builtin] pub fn checked_div(self, rhs: isize) -> Option<isize>;
    #[builtin] pub fn wrapping_div(self, rhs: isize) -> isize;
    #[builtin] pub fn saturating_div(self, rhs: isize) -> isize;
    #[builtin] pub fn overflowing_div(self, rhs: isize) -> (isize, bool);
    #[builtin] pub fn checked_rem(self, rhs: isize) -> Option<isize>;
    #[builtin] pub fn wrapping_rem(self, rhs: isize) -> isize;
    #[builtin] pub fn saturating_rem(self, rhs: isize) -> isize;
    #[builtin] pub fn overflowing_rem(self, rhs: isize) -> (isize, bool);
    #[builtin] pub fn wrapping_neg(self) -> isize;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> isize;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> isize;
    #[builtin] pub fn rotate_left(self, n: u32) -> isize;
    #[builtin] pub fn rotate_right(self, n: u32) -> isize;
    #[builtin] pub fn div_euclid(self, rhs: isize) -> isize;
    #[builtin] pub fn unsigned_abs(self) -> usize;
}

impl u8 {
    #[builtin] pub fn pow(self, exp: u32) -> u8;
    #[builtin] pub fn min(self, other: u8) -> u8;
    #[builtin] pub fn max(self, other: u8) -> u8;
    #[builtin] pub fn abs_diff(self, other: u8) -> u8;
    #[builtin] pub fn rem_euclid(self, rhs: u8) -> u8;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: u8) -> Option<u8>;
    #[builtin] pub fn wrapping_add(self, rhs: u8) -> u8;
    #[builtin] pub fn saturating_add(self, rhs: u8) -> u8;
    #[builtin] pub fn overflowing_add(self, rhs: u8) -> (u8, bool);
    #[builtin] pub fn checked_sub(self, rhs: u8) -> Option<u8>;
    #[builtin] pub fn wrapping_sub(self, rhs: u8) -> u8;
    #[builtin] pub fn saturating_sub(self, rhs: u8) -> u8;
    #[builtin] pub fn overflowing_sub(self, rhs: u8) -> (u8, bool);
    #[builtin] pub fn checked_mul(self, rhs: u8) -> Option<u8>;
    #[builtin] pub fn wrapping_mul(self, rhs: u8) -> u8;
    #[builtin] pub fn saturating_mul(self, rhs: u8) -> u8;
    #[builtin] pub fn overflowing_mul(self, rhs: u8) -> (u8, bool);
    #[builtin] pub fn checked_div(self, rhs: u8) -> Option<u8>;
    #[builtin] pub fn wrapping_div(self, rhs: u8) -> u8;
    #[builtin] pub fn saturating_div(self, rhs: u8) -> u8;
    #[builtin] pub fn overflowing_div(self, rhs: u8) -> (u8, bool);
    #[builtin] pub fn checked_rem(self, rhs: u8) -> Option<u8>;
    #[builtin] pub fn wrapping_rem(self, rhs: u8) -> u8;
    #[builtin] pub fn saturating_rem(self, rhs: u8) -> u8;
    #[builtin] pub fn overflowing_rem(self, rhs: u8) -> (u8, bool);
    #[builtin] pub fn wrapping_neg(self) -> u8;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> u8;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> u8;
    #[builtin] pub fn rotate_left(self, n: u32) -> u8;
    #[builtin] pub fn rotate_right(self, n: u32) -> u8;
    #[builtin] pub fn div_euclid(self, rhs: u8) -> u8;
    #[builtin] pub fn is_power_of_two(self) -> bool;
}

impl u16 {
    #[builtin] pub fn pow(self, exp: u32) -> u16;
    #[builtin] pub fn min(self, other: u16) -> u16;
    #[builtin] pub fn max(self, other: u16) -> u16;
    #[builtin] pub fn abs_diff(self, other: u16) -> u16;
    #[builtin] pub fn rem_euclid(self, rhs: u16) -> u16;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: u16) -> Option<u16>;
    #[builtin] pub fn wrapping_add(self, rhs: u16) -> u16;
    #[builtin] pub fn saturating_add(self, rhs: u16) -> u16;
    #[builtin] pub fn overflowing_add(self, rhs: u16) -> (u16, bool);
    #[builtin] pub fn checked_sub(self, rhs: u16) -> Option<u16>;
    #[builtin] pub fn wrapping_sub(self, rhs: u16) -> u16;
    #[builtin] pub fn saturating_sub(self, rhs: u16) -> u16;
    #[builtin] pub fn overflowing_sub(self, rhs: u16) -> (u16, bool);
    #[builtin] pub fn checked_mul(self, rhs: u16) -> Option<u16>;
    #[builtin] pub fn wrapping_mul(self, rhs: u16) -> u16;
    #[builtin] pub fn saturating_mul(self, rhs: u16) -> u16;
    #[builtin] pub fn overflowing_mul(self, rhs: u16) -> (u16, bool);
    #[builtin] pub fn checked_div(self, rhs: u16) -> Option<u16>;
    #[builtin] pub fn wrapping_div(self, rhs: u16) -> u16;
    #[builtin] pub fn saturating_div(self, rhs: u16) -> u16;
    #[builtin] pub fn overflowing_div(self, rhs: u16) -> (u16, bool);
    #[builtin] pub fn checked_rem(self, rhs: u16) -> Option<u16>;
    #[builtin] pub fn wrapping_rem(self, rhs: u16) -> u16;
    #[builtin] pub fn saturating_rem(self, rhs: u16) -> u16;
    #[builtin] pub fn overflowing_rem(self, rhs: u16) -> (u16, bool);
    #[builtin] pub fn wrapping_neg(self) -> u16;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> u16;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> u16;
    #[builtin] pub fn rotate_left(self, n: u32) -> u16;
    #[builtin] pub fn rotate_right(self, n: u32) -> u16;
    #[builtin] pub fn div_euclid(self, rhs: u16) -> u16;
    #[builtin] pub fn is_power_of_two(self) -> bool;
}

impl u32 {
    #[builtin] pub fn pow(self, exp: u32) -> u32;
    #[builtin] pub fn min(self, other: u32) -> u32;
    #[builtin] pub fn max(self, other: u32) -> u32;
    #[builtin] pub fn abs_diff(self, other: u32) -> u32;
    #[builtin] pub fn rem_euclid(self, rhs: u32) -> u32;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn wrapping_add(self, rhs: u32) -> u32;
    #[builtin] pub fn saturating_add(self, rhs: u32) -> u32;
    #[builtin] pub fn overflowing_add(self, rhs: u32) -> (u32, bool);
    #[builtin] pub fn checked_sub(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn wrapping_sub(self, rhs: u32) -> u32;
    #[builtin] pub fn saturating_sub(self, rhs: u32) -> u32;
    #[builtin] pub fn overflowing_sub(self, rhs: u32) -> (u32, bool);
    #[builtin] pub fn checked_mul(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn wrapping_mul(self, rhs: u32) -> u32;
    #[builtin] pub fn saturating_mul(self, rhs: u32) -> u32;
    #[builtin] pub fn overflowing_mul(self, rhs: u32) -> (u32, bool);
    #[builtin] pub fn checked_div(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn wrapping_div(self, rhs: u32) -> u32;
    #[builtin] pub fn saturating_div(self, rhs: u32) -> u32;
    #[builtin] pub fn overflowing_div(self, rhs: u32) -> (u32, bool);
    #[builtin] pub fn checked_rem(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn wrapping_rem(self, rhs: u32) -> u32;
    #[builtin] pub fn saturating_rem(self, rhs: u32) -> u32;
    #[builtin] pub fn overflowing_rem(self, rhs: u32) -> (u32, bool);
    #[builtin] pub fn wrapping_neg(self) -> u32;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> u32;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> u32;
    #[builtin] pub fn rotate_left(self, n: u32) -> u32;
    #[builtin] pub fn rotate_right(self, n: u32) -> u32;
    #[builtin] pub fn div_euclid(self, rhs: u32) -> u32;
    #[builtin] pub fn is_power_of_two(self) -> bool;
}

impl u64 {
    #[builtin] pub fn pow(self, exp: u32) -> u64;
    #[builtin] pub fn min(self, other: u64) -> u64;
    #[builtin] pub fn max(self, other: u64) -> u64;
    #[builtin] pub fn abs_diff(self, other: u64) -> u64;
    #[builtin] pub fn rem_euclid(self, rhs: u64) -> u64;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: u64) -> Option<u64>;
    #[builtin] pub fn wrapping_add(self, rhs: u64) -> u64;
    #[builtin] pub fn saturating_add(self, rhs: u64) -> u64;
    #[builtin] pub fn overflowing_add(self, rhs: u64) -> (u64, bool);
    #[builtin] pub fn checked_sub(self, rhs: u64) -> Option<u64>;
    #[builtin] pub fn wrapping_sub(self, rhs: u64) -> u64;
    #[builtin] pub fn saturating_sub(self, rhs: u64) -> u64;
    #[builtin] pub fn overflowing_sub(self, rhs: u64) -> (u64, bool);
    #[builtin] pub fn checked_mul(self, rhs: u64) -> Option<u64>;
    #[builtin] pub fn wrapping_mul(self, rhs: u64) -> u64;
    #[builtin] pub fn saturating_mul(self, rhs: u64) -> u64;
    #[builtin] pub fn overflowing_mul(self, rhs: u64) -> (u64, bool);
    #[builtin] pub fn checked_div(self, rhs: u64) -> Option<u64>;
    #[builtin] pub fn wrapping_div(self, rhs: u64) -> u64;
    #[builtin] pub fn saturating_div(self, rhs: u64) -> u64;
    #[builtin] pub fn overflowing_div(self, rhs: u64) -> (u64, bool);
    #[builtin] pub fn checked_rem(self, rhs: u64) -> Option<u64>;
    #[builtin] pub fn wrapping_rem(self, rhs: u64) -> u64;
    #[builtin] pub fn saturating_rem(self, rhs: u64) -> u64;
    #[builtin] pub fn overflowing_rem(self, rhs: u64) -> (u64, bool);
    #[builtin] pub fn wrapping_neg(self) -> u64;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> u64;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> u64;
    #[builtin] pub fn rotate_left(self, n: u32) -> u64;
    #[builtin] pub fn rotate_right(self, n: u32) -> u64;
    #[builtin] pub fn div_euclid(self, rhs: u64) -> u64;
    #[builtin] pub fn is_power_of_two(self) -> bool;
}

impl usize {
    #[builtin] pub fn pow(self, exp: u32) -> usize;
    #[builtin] pub fn min(self, other: usize) -> usize;
    #[builtin] pub fn max(self, other: usize) -> usize;
    #[builtin] pub fn abs_diff(self, other: usize) -> usize;
    #[builtin] pub fn rem_euclid(self, rhs: usize) -> usize;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: usize) -> Option<usize>;
    #[builtin] pub fn wrapping_add(self, rhs: usize) -> usize;
    #[builtin] pub fn saturating_add(self, rhs: usize) -> usize;
    #[builtin] pub fn overflowing_add(self, rhs: usize) -> (usize, bool);
    #[builtin] pub fn checked_sub(self, rhs: usize) -> Option<usize>;
    #[builtin] pub fn wrapping_sub(self, rhs: usize) -> usize;
    #[builtin] pub fn saturating_sub(self, rhs: usize) -> usize;
    #[builtin] pub fn overflowing_sub(self, rhs: usize) -> (usize, bool);
    #[builtin] pub fn checked_mul(self, rhs: usize) -> Option<usize>;
    #[builtin] pub fn wrapping_mul(self, rhs: usize) -> usize;
    #[builtin] pub fn saturating_mul(self, rhs: usize) -> usize;
    #[builtin] pub fn overflowing_mul(self, rhs: usize) -> (usize, bool);
    #[builtin] pub fn checked_div(self, rhs: usize) -> Option<usize>;
    #[builtin] pub fn wrapping_div(self, rhs: usize) -> usize;
    #[builtin] pub fn saturating_div(self, rhs: usize) -> usize;
    #[builtin] pub fn overflowing_div(self, rhs: usize) -> (usize, bool);
    #[builtin] pub fn checked_rem(self, rhs: usize) -> Option<usize>;
    #[builtin] pub fn wrapping_rem(self, rhs: usize) -> usize;
    #[builtin] pub fn saturating_rem(self, rhs: usize) -> usize;
    #[builtin] pub fn overflowing_rem(self, rhs: usize) -> (usize, bool);
    #[builtin] pub fn wrapping_neg(self) -> usize;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> usize;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> usize;
    #[builtin] pub fn rotate_left(self, n: u32) -> usize;
    #[builtin] pub fn rotate_right(self, n: u32) -> usize;
    #[builtin] pub fn div_euclid(self, rhs: usize) -> usize;
    #[builtin] pub fn is_power_of_two(self) -> bool;
}

// More integer methods (interp/IntExtras.java).

impl i8 {
    #[builtin] pub fn checked_neg(self) -> Option<i8>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> i8;
    #[builtin] pub fn reverse_bits(self) -> i8;
    #[builtin] pub fn to_be(self) -> i8;
    #[builtin] pub fn to_le(self) -> i8;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<i8>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> i8;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (i8, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> i8;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<i8>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<i8>;
    #[builtin] pub fn isqrt(self) -> i8;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: i8) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: i8) -> i8;
    #[builtin] pub fn checked_abs(self) -> Option<i8>;
    #[builtin] pub fn wrapping_abs(self) -> i8;
}

impl i16 {
    #[builtin] pub fn checked_neg(self) -> Option<i16>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> i16;
    #[builtin] pub fn reverse_bits(self) -> i16;
    #[builtin] pub fn to_be(self) -> i16;
    #[builtin] pub fn to_le(self) -> i16;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<i16>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> i16;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (i16, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> i16;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<i16>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<i16>;
    #[builtin] pub fn isqrt(self) -> i16;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: i16) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: i16) -> i16;
    #[builtin] pub fn checked_abs(self) -> Option<i16>;
    #[builtin] pub fn wrapping_abs(self) -> i16;
}

impl i32 {
    #[builtin] pub fn checked_neg(self) -> Option<i32>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> i32;
    #[builtin] pub fn reverse_bits(self) -> i32;
    #[builtin] pub fn to_be(self) -> i32;
    #[builtin] pub fn to_le(self) -> i32;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<i32>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> i32;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (i32, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> i32;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<i32>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<i32>;
    #[builtin] pub fn isqrt(self) -> i32;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: i32) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: i32) -> i32;
    #[builtin] pub fn checked_abs(self) -> Option<i32>;
    #[builtin] pub fn wrapping_abs(self) -> i32;
}

impl i64 {
    #[builtin] pub fn checked_neg(self) -> Option<i64>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> i64;
    #[builtin] pub fn reverse_bits(self) -> i64;
    #[builtin] pub fn to_be(self) -> i64;
    #[builtin] pub fn to_le(self) -> i64;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<i64>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> i64;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (i64, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> i64;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<i64>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<i64>;
    #[builtin] pub fn isqrt(self) -> i64;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: i64) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: i64) -> i64;
    #[builtin] pub fn checked_abs(self) -> Option<i64>;
    #[builtin] pub fn wrapping_abs(self) -> i64;
}

impl isize {
    #[builtin] pub fn checked_neg(self) -> Option<isize>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> isize;
    #[builtin] pub fn reverse_bits(self) -> isize;
    #[builtin] pub fn to_be(self) -> isize;
    #[builtin] pub fn to_le(self) -> isize;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<isize>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> isize;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (isize, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> isize;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<isize>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<isize>;
    #[builtin] pub fn isqrt(self) -> isize;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: isize) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: isize) -> isize;
    #[builtin] pub fn checked_abs(self) -> Option<isize>;
    #[builtin] pub fn wrapping_abs(self) -> isize;
}

// i128/u128: the same methods as i64/u64 (computed exactly by interp/WideBuiltins.java).

// Byte conversions, written over shifts (no allocation): big-endian is the most significant byte first.
impl i8 {
    pub fn from_be_bytes(bytes: [u8; 1]) -> i8 {
        let mut x: u8 = 0;
        let mut i = 0;
        while i < 1 {
            x = x.wrapping_shl(8) | bytes[i] as u8;
            i += 1;
        }
        x as i8
    }
    pub fn from_le_bytes(bytes: [u8; 1]) -> i8 {
        let mut x: u8 = 0;
        let mut i = 1;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u8;
        }
        x as i8
    }
    pub fn to_be_bytes(self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let x = self as u8;
        let mut i = 0;
        while i < 1 {
            out[i] = x.wrapping_shr(8 * (1 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let x = self as u8;
        let mut i = 0;
        while i < 1 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl i16 {
    pub fn from_be_bytes(bytes: [u8; 2]) -> i16 {
        let mut x: u16 = 0;
        let mut i = 0;
        while i < 2 {
            x = x.wrapping_shl(8) | bytes[i] as u16;
            i += 1;
        }
        x as i16
    }
    pub fn from_le_bytes(bytes: [u8; 2]) -> i16 {
        let mut x: u16 = 0;
        let mut i = 2;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u16;
        }
        x as i16
    }
    pub fn to_be_bytes(self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let x = self as u16;
        let mut i = 0;
        while i < 2 {
            out[i] = x.wrapping_shr(8 * (2 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let x = self as u16;
        let mut i = 0;
        while i < 2 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl i32 {
    pub fn from_be_bytes(bytes: [u8; 4]) -> i32 {
        let mut x: u32 = 0;
        let mut i = 0;
        while i < 4 {
            x = x.wrapping_shl(8) | bytes[i] as u32;
            i += 1;
        }
        x as i32
    }
    pub fn from_le_bytes(bytes: [u8; 4]) -> i32 {
        let mut x: u32 = 0;
        let mut i = 4;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u32;
        }
        x as i32
    }
    pub fn to_be_bytes(self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let x = self as u32;
        let mut i = 0;
        while i < 4 {
            out[i] = x.wrapping_shr(8 * (4 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let x = self as u32;
        let mut i = 0;
        while i < 4 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl i64 {
    pub fn from_be_bytes(bytes: [u8; 8]) -> i64 {
        let mut x: u64 = 0;
        let mut i = 0;
        while i < 8 {
            x = x.wrapping_shl(8) | bytes[i] as u64;
            i += 1;
        }
        x as i64
    }
    pub fn from_le_bytes(bytes: [u8; 8]) -> i64 {
        let mut x: u64 = 0;
        let mut i = 8;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u64;
        }
        x as i64
    }
    pub fn to_be_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as u64;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * (8 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as u64;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl isize {
    pub fn from_be_bytes(bytes: [u8; 8]) -> isize {
        let mut x: usize = 0;
        let mut i = 0;
        while i < 8 {
            x = x.wrapping_shl(8) | bytes[i] as usize;
            i += 1;
        }
        x as isize
    }
    pub fn from_le_bytes(bytes: [u8; 8]) -> isize {
        let mut x: usize = 0;
        let mut i = 8;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as usize;
        }
        x as isize
    }
    pub fn to_be_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as usize;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * (8 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as usize;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl u8 {
    pub fn from_be_bytes(bytes: [u8; 1]) -> u8 {
        let mut x: u8 = 0;
        let mut i = 0;
        while i < 1 {
            x = x.wrapping_shl(8) | bytes[i] as u8;
            i += 1;
        }
        x as u8
    }
    pub fn from_le_bytes(bytes: [u8; 1]) -> u8 {
        let mut x: u8 = 0;
        let mut i = 1;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u8;
        }
        x as u8
    }
    pub fn to_be_bytes(self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let x = self as u8;
        let mut i = 0;
        while i < 1 {
            out[i] = x.wrapping_shr(8 * (1 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let x = self as u8;
        let mut i = 0;
        while i < 1 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl u16 {
    pub fn from_be_bytes(bytes: [u8; 2]) -> u16 {
        let mut x: u16 = 0;
        let mut i = 0;
        while i < 2 {
            x = x.wrapping_shl(8) | bytes[i] as u16;
            i += 1;
        }
        x as u16
    }
    pub fn from_le_bytes(bytes: [u8; 2]) -> u16 {
        let mut x: u16 = 0;
        let mut i = 2;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u16;
        }
        x as u16
    }
    pub fn to_be_bytes(self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let x = self as u16;
        let mut i = 0;
        while i < 2 {
            out[i] = x.wrapping_shr(8 * (2 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let x = self as u16;
        let mut i = 0;
        while i < 2 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl u32 {
    pub fn from_be_bytes(bytes: [u8; 4]) -> u32 {
        let mut x: u32 = 0;
        let mut i = 0;
        while i < 4 {
            x = x.wrapping_shl(8) | bytes[i] as u32;
            i += 1;
        }
        x as u32
    }
    pub fn from_le_bytes(bytes: [u8; 4]) -> u32 {
        let mut x: u32 = 0;
        let mut i = 4;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u32;
        }
        x as u32
    }
    pub fn to_be_bytes(self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let x = self as u32;
        let mut i = 0;
        while i < 4 {
            out[i] = x.wrapping_shr(8 * (4 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let x = self as u32;
        let mut i = 0;
        while i < 4 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl u64 {
    pub fn from_be_bytes(bytes: [u8; 8]) -> u64 {
        let mut x: u64 = 0;
        let mut i = 0;
        while i < 8 {
            x = x.wrapping_shl(8) | bytes[i] as u64;
            i += 1;
        }
        x as u64
    }
    pub fn from_le_bytes(bytes: [u8; 8]) -> u64 {
        let mut x: u64 = 0;
        let mut i = 8;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as u64;
        }
        x as u64
    }
    pub fn to_be_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as u64;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * (8 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as u64;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}
impl usize {
    pub fn from_be_bytes(bytes: [u8; 8]) -> usize {
        let mut x: usize = 0;
        let mut i = 0;
        while i < 8 {
            x = x.wrapping_shl(8) | bytes[i] as usize;
            i += 1;
        }
        x as usize
    }
    pub fn from_le_bytes(bytes: [u8; 8]) -> usize {
        let mut x: usize = 0;
        let mut i = 8;
        while i > 0 {
            i -= 1;
            x = x.wrapping_shl(8) | bytes[i] as usize;
        }
        x as usize
    }
    pub fn to_be_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as usize;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * (8 - 1 - i) as u32) as u8;
            i += 1;
        }
        out
    }
    pub fn to_le_bytes(self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let x = self as usize;
        let mut i = 0;
        while i < 8 {
            out[i] = x.wrapping_shr(8 * i as u32) as u8;
            i += 1;
        }
        out
    }
}

impl i128 {
    #[builtin] pub fn pow(self, exp: u32) -> i128;
    #[builtin] pub fn abs(self) -> i128;
    #[builtin] pub fn signum(self) -> i128;
    #[builtin] pub fn is_positive(self) -> bool;
    #[builtin] pub fn is_negative(self) -> bool;
    #[builtin] pub fn min(self, other: i128) -> i128;
    #[builtin] pub fn max(self, other: i128) -> i128;
    #[builtin] pub fn abs_diff(self, other: i128) -> u128;
    #[builtin] pub fn rem_euclid(self, rhs: i128) -> i128;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: i128) -> Option<i128>;
    #[builtin] pub fn wrapping_add(self, rhs: i128) -> i128;
    #[builtin] pub fn saturating_add(self, rhs: i128) -> i128;
    #[builtin] pub fn overflowing_add(self, rhs: i128) -> (i128, bool);
    #[builtin] pub fn checked_sub(self, rhs: i128) -> Option<i128>;
    #[builtin] pub fn wrapping_sub(self, rhs: i128) -> i128;
    #[builtin] pub fn saturating_sub(self, rhs: i128) -> i128;
    #[builtin] pub fn overflowing_sub(self, rhs: i128) -> (i128, bool);
    #[builtin] pub fn checked_mul(self, rhs: i128) -> Option<i128>;
    #[builtin] pub fn wrapping_mul(self, rhs: i128) -> i128;
    #[builtin] pub fn saturating_mul(self, rhs: i128) -> i128;
    #[builtin] pub fn overflowing_mul(self, rhs: i128) -> (i128, bool);
    #[builtin] pub fn checked_div(self, rhs: i128) -> Option<i128>;
    #[builtin] pub fn wrapping_div(self, rhs: i128) -> i128;
    #[builtin] pub fn saturating_div(self, rhs: i128) -> i128;
    #[builtin] pub fn overflowing_div(self, rhs: i128) -> (i128, bool);
    #[builtin] pub fn checked_rem(self, rhs: i128) -> Option<i128>;
    #[builtin] pub fn wrapping_rem(self, rhs: i128) -> i128;
    #[builtin] pub fn saturating_rem(self, rhs: i128) -> i128;
    #[builtin] pub fn overflowing_rem(self, rhs: i128) -> (i128, bool);
    #[builtin] pub fn wrapping_neg(self) -> i128;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> i128;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> i128;
    #[builtin] pub fn rotate_left(self, n: u32) -> i128;
    #[builtin] pub fn rotate_right(self, n: u32) -> i128;
    #[builtin] pub fn div_euclid(self, rhs: i128) -> i128;
    #[builtin] pub fn unsigned_abs(self) -> u128;
}

impl i128 {
    #[builtin] pub fn checked_neg(self) -> Option<i128>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> i128;
    #[builtin] pub fn reverse_bits(self) -> i128;
    #[builtin] pub fn to_be(self) -> i128;
    #[builtin] pub fn to_le(self) -> i128;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<i128>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> i128;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (i128, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> i128;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<i128>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<i128>;
    #[builtin] pub fn isqrt(self) -> i128;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: i128) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: i128) -> i128;
    #[builtin] pub fn checked_abs(self) -> Option<i128>;
    #[builtin] pub fn wrapping_abs(self) -> i128;
}

impl u128 {
    #[builtin] pub fn pow(self, exp: u32) -> u128;
    #[builtin] pub fn min(self, other: u128) -> u128;
    #[builtin] pub fn max(self, other: u128) -> u128;
    #[builtin] pub fn abs_diff(self, other: u128) -> u128;
    #[builtin] pub fn rem_euclid(self, rhs: u128) -> u128;
    #[builtin] pub fn count_ones(self) -> u32;
    #[builtin] pub fn leading_zeros(self) -> u32;
    #[builtin] pub fn trailing_zeros(self) -> u32;
    #[builtin] pub fn checked_add(self, rhs: u128) -> Option<u128>;
    #[builtin] pub fn wrapping_add(self, rhs: u128) -> u128;
    #[builtin] pub fn saturating_add(self, rhs: u128) -> u128;
    #[builtin] pub fn overflowing_add(self, rhs: u128) -> (u128, bool);
    #[builtin] pub fn checked_sub(self, rhs: u128) -> Option<u128>;
    #[builtin] pub fn wrapping_sub(self, rhs: u128) -> u128;
    #[builtin] pub fn saturating_sub(self, rhs: u128) -> u128;
    #[builtin] pub fn overflowing_sub(self, rhs: u128) -> (u128, bool);
    #[builtin] pub fn checked_mul(self, rhs: u128) -> Option<u128>;
    #[builtin] pub fn wrapping_mul(self, rhs: u128) -> u128;
    #[builtin] pub fn saturating_mul(self, rhs: u128) -> u128;
    #[builtin] pub fn overflowing_mul(self, rhs: u128) -> (u128, bool);
    #[builtin] pub fn checked_div(self, rhs: u128) -> Option<u128>;
    #[builtin] pub fn wrapping_div(self, rhs: u128) -> u128;
    #[builtin] pub fn saturating_div(self, rhs: u128) -> u128;
    #[builtin] pub fn overflowing_div(self, rhs: u128) -> (u128, bool);
    #[builtin] pub fn checked_rem(self, rhs: u128) -> Option<u128>;
    #[builtin] pub fn wrapping_rem(self, rhs: u128) -> u128;
    #[builtin] pub fn saturating_rem(self, rhs: u128) -> u128;
    #[builtin] pub fn overflowing_rem(self, rhs: u128) -> (u128, bool);
    #[builtin] pub fn wrapping_neg(self) -> u128;
    #[builtin] pub fn wrapping_shl(self, rhs: u32) -> u128;
    #[builtin] pub fn wrapping_shr(self, rhs: u32) -> u128;
    #[builtin] pub fn rotate_left(self, n: u32) -> u128;
    #[builtin] pub fn rotate_right(self, n: u32) -> u128;
    #[builtin] pub fn div_euclid(self, rhs: u128) -> u128;
    #[builtin] pub fn is_power_of_two(self) -> bool;
}

impl u128 {
    #[builtin] pub fn checked_neg(self) -> Option<u128>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> u128;
    #[builtin] pub fn reverse_bits(self) -> u128;
    #[builtin] pub fn to_be(self) -> u128;
    #[builtin] pub fn to_le(self) -> u128;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<u128>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> u128;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (u128, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> u128;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<u128>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<u128>;
    #[builtin] pub fn isqrt(self) -> u128;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: u128) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: u128) -> u128;
    #[builtin] pub fn is_multiple_of(self, rhs: u128) -> bool;
    #[builtin] pub fn next_power_of_two(self) -> u128;
    #[builtin] pub fn checked_next_power_of_two(self) -> Option<u128>;
    #[builtin] pub fn checked_next_multiple_of(self, rhs: u128) -> Option<u128>;
    #[builtin] pub fn div_ceil(self, rhs: u128) -> u128;
    #[builtin] pub fn next_multiple_of(self, rhs: u128) -> u128;
}

impl u8 {
    #[builtin] pub fn is_ascii(&self) -> bool;
    #[builtin] pub fn is_ascii_digit(&self) -> bool;
    #[builtin] pub fn is_ascii_alphabetic(&self) -> bool;
    #[builtin] pub fn is_ascii_alphanumeric(&self) -> bool;
    #[builtin] pub fn is_ascii_uppercase(&self) -> bool;
    #[builtin] pub fn is_ascii_lowercase(&self) -> bool;
    #[builtin] pub fn is_ascii_whitespace(&self) -> bool;
    #[builtin] pub fn is_ascii_punctuation(&self) -> bool;
    #[builtin] pub fn is_ascii_hexdigit(&self) -> bool;
    #[builtin] pub fn is_ascii_graphic(&self) -> bool;
    #[builtin] pub fn is_ascii_control(&self) -> bool;
    #[builtin] pub fn to_ascii_uppercase(&self) -> u8;
    #[builtin] pub fn to_ascii_lowercase(&self) -> u8;
    #[builtin] pub fn eq_ignore_ascii_case(&self, other: &u8) -> bool;
    #[builtin] pub fn checked_neg(self) -> Option<u8>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> u8;
    #[builtin] pub fn reverse_bits(self) -> u8;
    #[builtin] pub fn to_be(self) -> u8;
    #[builtin] pub fn to_le(self) -> u8;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<u8>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> u8;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (u8, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> u8;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<u8>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<u8>;
    #[builtin] pub fn isqrt(self) -> u8;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: u8) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: u8) -> u8;
    #[builtin] pub fn is_multiple_of(self, rhs: u8) -> bool;
    #[builtin] pub fn next_power_of_two(self) -> u8;
    #[builtin] pub fn checked_next_power_of_two(self) -> Option<u8>;
    #[builtin] pub fn checked_next_multiple_of(self, rhs: u8) -> Option<u8>;
    #[builtin] pub fn div_ceil(self, rhs: u8) -> u8;
    #[builtin] pub fn next_multiple_of(self, rhs: u8) -> u8;
}

impl u16 {
    #[builtin] pub fn checked_neg(self) -> Option<u16>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> u16;
    #[builtin] pub fn reverse_bits(self) -> u16;
    #[builtin] pub fn to_be(self) -> u16;
    #[builtin] pub fn to_le(self) -> u16;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<u16>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> u16;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (u16, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> u16;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<u16>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<u16>;
    #[builtin] pub fn isqrt(self) -> u16;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: u16) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: u16) -> u16;
    #[builtin] pub fn is_multiple_of(self, rhs: u16) -> bool;
    #[builtin] pub fn next_power_of_two(self) -> u16;
    #[builtin] pub fn checked_next_power_of_two(self) -> Option<u16>;
    #[builtin] pub fn checked_next_multiple_of(self, rhs: u16) -> Option<u16>;
    #[builtin] pub fn div_ceil(self, rhs: u16) -> u16;
    #[builtin] pub fn next_multiple_of(self, rhs: u16) -> u16;
}

impl u32 {
    #[builtin] pub fn checked_neg(self) -> Option<u32>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> u32;
    #[builtin] pub fn reverse_bits(self) -> u32;
    #[builtin] pub fn to_be(self) -> u32;
    #[builtin] pub fn to_le(self) -> u32;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<u32>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> u32;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (u32, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> u32;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn isqrt(self) -> u32;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: u32) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: u32) -> u32;
    #[builtin] pub fn is_multiple_of(self, rhs: u32) -> bool;
    #[builtin] pub fn next_power_of_two(self) -> u32;
    #[builtin] pub fn checked_next_power_of_two(self) -> Option<u32>;
    #[builtin] pub fn checked_next_multiple_of(self, rhs: u32) -> Option<u32>;
    #[builtin] pub fn div_ceil(self, rhs: u32) -> u32;
    #[builtin] pub fn next_multiple_of(self, rhs: u32) -> u32;
}

impl u64 {
    #[builtin] pub fn checked_neg(self) -> Option<u64>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> u64;
    #[builtin] pub fn reverse_bits(self) -> u64;
    #[builtin] pub fn to_be(self) -> u64;
    #[builtin] pub fn to_le(self) -> u64;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<u64>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> u64;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (u64, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> u64;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<u64>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<u64>;
    #[builtin] pub fn isqrt(self) -> u64;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: u64) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: u64) -> u64;
    #[builtin] pub fn is_multiple_of(self, rhs: u64) -> bool;
    #[builtin] pub fn next_power_of_two(self) -> u64;
    #[builtin] pub fn checked_next_power_of_two(self) -> Option<u64>;
    #[builtin] pub fn checked_next_multiple_of(self, rhs: u64) -> Option<u64>;
    #[builtin] pub fn div_ceil(self, rhs: u64) -> u64;
    #[builtin] pub fn next_multiple_of(self, rhs: u64) -> u64;
}

impl usize {
    #[builtin] pub fn checked_neg(self) -> Option<usize>;
    #[builtin] pub fn count_zeros(self) -> u32;
    #[builtin] pub fn leading_ones(self) -> u32;
    #[builtin] pub fn trailing_ones(self) -> u32;
    #[builtin] pub fn swap_bytes(self) -> usize;
    #[builtin] pub fn reverse_bits(self) -> usize;
    #[builtin] pub fn to_be(self) -> usize;
    #[builtin] pub fn to_le(self) -> usize;
    #[builtin] pub fn checked_pow(self, exp: u32) -> Option<usize>;
    #[builtin] pub fn wrapping_pow(self, exp: u32) -> usize;
    #[builtin] pub fn overflowing_pow(self, exp: u32) -> (usize, bool);
    #[builtin] pub fn saturating_pow(self, exp: u32) -> usize;
    #[builtin] pub fn checked_shl(self, rhs: u32) -> Option<usize>;
    #[builtin] pub fn checked_shr(self, rhs: u32) -> Option<usize>;
    #[builtin] pub fn isqrt(self) -> usize;
    #[builtin] pub fn ilog2(self) -> u32;
    #[builtin] pub fn ilog10(self) -> u32;
    #[builtin] pub fn ilog(self, base: usize) -> u32;
    #[builtin] pub fn checked_ilog2(self) -> Option<u32>;
    #[builtin] pub fn checked_ilog10(self) -> Option<u32>;
    #[builtin] pub fn midpoint(self, rhs: usize) -> usize;
    #[builtin] pub fn is_multiple_of(self, rhs: usize) -> bool;
    #[builtin] pub fn next_power_of_two(self) -> usize;
    #[builtin] pub fn checked_next_power_of_two(self) -> Option<usize>;
    #[builtin] pub fn checked_next_multiple_of(self, rhs: usize) -> Option<usize>;
    #[builtin] pub fn div_ceil(self, rhs: usize) -> usize;
    #[builtin] pub fn next_multiple_of(self, rhs: usize) -> usize;
}

impl f32 {
    #[builtin] pub fn sqrt(self) -> f32;
    #[builtin] pub fn abs(self) -> f32;
    #[builtin] pub fn floor(self) -> f32;
    #[builtin] pub fn ceil(self) -> f32;
    #[builtin] pub fn round(self) -> f32;
    #[builtin] pub fn trunc(self) -> f32;
    #[builtin] pub fn fract(self) -> f32;
    #[builtin] pub fn sin(self) -> f32;
    #[builtin] pub fn cos(self) -> f32;
    #[builtin] pub fn tan(self) -> f32;
    #[builtin] pub fn exp(self) -> f32;
    #[builtin] pub fn ln(self) -> f32;
    #[builtin] pub fn log10(self) -> f32;
    #[builtin] pub fn log2(self) -> f32;
    #[builtin] pub fn to_degrees(self) -> f32;
    #[builtin] pub fn to_radians(self) -> f32;
    #[builtin] pub fn signum(self) -> f32;
    #[builtin] pub fn powi(self, n: i32) -> f32;
    #[builtin] pub fn powf(self, n: f32) -> f32;
    #[builtin] pub fn min(self, other: f32) -> f32;
    #[builtin] pub fn max(self, other: f32) -> f32;
    #[builtin] pub fn hypot(self, other: f32) -> f32;
    #[builtin] pub fn atan2(self, other: f32) -> f32;
    #[builtin] pub fn mul_add(self, a: f32, b: f32) -> f32;
    #[builtin] pub fn is_nan(self) -> bool;
    #[builtin] pub fn is_finite(self) -> bool;
    #[builtin] pub fn is_infinite(self) -> bool;
    #[builtin] pub fn is_sign_negative(self) -> bool;
    #[builtin] pub fn is_sign_positive(self) -> bool;
    #[builtin] pub fn cbrt(self) -> f32;
    #[builtin] pub fn asin(self) -> f32;
    #[builtin] pub fn acos(self) -> f32;
    #[builtin] pub fn atan(self) -> f32;
    #[builtin] pub fn exp2(self) -> f32;
    #[builtin] pub fn recip(self) -> f32;
    #[builtin] pub fn copysign(self, sign: f32) -> f32;
    #[builtin] pub fn log(self, base: f32) -> f32;
    #[builtin] pub fn to_bits(self) -> u32;
    #[builtin] pub fn from_bits(v: u32) -> f32;
}

impl f64 {
    #[builtin] pub fn sqrt(self) -> f64;
    #[builtin] pub fn abs(self) -> f64;
    #[builtin] pub fn floor(self) -> f64;
    #[builtin] pub fn ceil(self) -> f64;
    #[builtin] pub fn round(self) -> f64;
    #[builtin] pub fn trunc(self) -> f64;
    #[builtin] pub fn fract(self) -> f64;
    #[builtin] pub fn sin(self) -> f64;
    #[builtin] pub fn cos(self) -> f64;
    #[builtin] pub fn tan(self) -> f64;
    #[builtin] pub fn exp(self) -> f64;
    #[builtin] pub fn ln(self) -> f64;
    #[builtin] pub fn log10(self) -> f64;
    #[builtin] pub fn log2(self) -> f64;
    #[builtin] pub fn to_degrees(self) -> f64;
    #[builtin] pub fn to_radians(self) -> f64;
    #[builtin] pub fn signum(self) -> f64;
    #[builtin] pub fn powi(self, n: i32) -> f64;
    #[builtin] pub fn powf(self, n: f64) -> f64;
    #[builtin] pub fn min(self, other: f64) -> f64;
    #[builtin] pub fn max(self, other: f64) -> f64;
    #[builtin] pub fn hypot(self, other: f64) -> f64;
    #[builtin] pub fn atan2(self, other: f64) -> f64;
    #[builtin] pub fn mul_add(self, a: f64, b: f64) -> f64;
    #[builtin] pub fn is_nan(self) -> bool;
    #[builtin] pub fn is_finite(self) -> bool;
    #[builtin] pub fn is_infinite(self) -> bool;
    #[builtin] pub fn is_sign_negative(self) -> bool;
    #[builtin] pub fn is_sign_positive(self) -> bool;
    #[builtin] pub fn cbrt(self) -> f64;
    #[builtin] pub fn asin(self) -> f64;
    #[builtin] pub fn acos(self) -> f64;
    #[builtin] pub fn atan(self) -> f64;
    #[builtin] pub fn exp2(self) -> f64;
    #[builtin] pub fn recip(self) -> f64;
    #[builtin] pub fn copysign(self, sign: f64) -> f64;
    #[builtin] pub fn log(self, base: f64) -> f64;
    #[builtin] pub fn to_bits(self) -> u64;
    #[builtin] pub fn from_bits(v: u64) -> f64;
}

impl char {
    #[builtin] pub fn is_alphabetic(self) -> bool;
    #[builtin] pub fn is_numeric(self) -> bool;
    #[builtin] pub fn is_alphanumeric(self) -> bool;
    #[builtin] pub fn is_whitespace(self) -> bool;
    #[builtin] pub fn is_uppercase(self) -> bool;
    #[builtin] pub fn is_lowercase(self) -> bool;
    #[builtin] pub fn is_ascii(&self) -> bool;
    #[builtin] pub fn is_ascii_digit(&self) -> bool;
    #[builtin] pub fn is_ascii_alphabetic(&self) -> bool;
    #[builtin] pub fn is_ascii_uppercase(&self) -> bool;
    #[builtin] pub fn is_ascii_lowercase(&self) -> bool;
    #[builtin] pub fn is_ascii_punctuation(&self) -> bool;
    #[builtin] pub fn is_ascii_alphanumeric(&self) -> bool;
    #[builtin] pub fn is_ascii_whitespace(&self) -> bool;
    #[builtin] pub fn is_ascii_hexdigit(&self) -> bool;
    #[builtin] pub fn is_ascii_graphic(&self) -> bool;
    #[builtin] pub fn is_control(self) -> bool;
    #[builtin] pub fn is_digit(self, radix: u32) -> bool;
    #[builtin] pub fn eq_ignore_ascii_case(&self, other: &char) -> bool;
    #[builtin] pub fn to_ascii_uppercase(&self) -> char;
    #[builtin] pub fn to_ascii_lowercase(&self) -> char;
    #[builtin] pub fn len_utf8(self) -> usize;
    #[builtin] pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str;
    #[builtin] pub fn to_digit(self, radix: u32) -> Option<u32>;
    #[builtin] pub fn from_digit(num: u32, radix: u32) -> Option<char>;
    #[builtin] pub fn from_u32(i: u32) -> Option<char>;
}

// `std::char::from_digit` / `from_u32`: module `char` is flattened into the root (see NameResolver).
pub fn from_digit(num: u32, radix: u32) -> Option<char> { char::from_digit(num, radix) }
pub fn from_u32(i: u32) -> Option<char> { char::from_u32(i) }

// `std::str::from_utf8`: module `str` is flattened into the root too; `str::from_utf8` is also an
// inherent function (since 1.87). Borrows the bytes when valid.
impl str {
    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> { from_utf8(v) }
}

// ---- threads, Arc, Mutex, RwLock, channels, atomics (implemented by interp/Threads*.java) -------
// Threads run one at a time on a deterministic schedule (see interp/Scheduler.java). `std::sync` is
// flattened (Arc, Mutex are at the root); `thread`, `mpsc`, `atomic`, `time` and `any` are modules.

#[lang = "Arc"]
pub struct Arc<T>;

impl<T> Arc<T> {
    #[builtin = "Rc::new"] pub fn new(value: T) -> Arc<T>;
    #[builtin = "Rc::strong_count"] pub fn strong_count(this: &Arc<T>) -> usize;
    #[builtin = "Rc::ptr_eq"] pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool;
    #[builtin = "Rc::try_unwrap"] pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>>;
    #[builtin = "Rc::get_mut"] pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T>;
    pub fn into_inner(this: Arc<T>) -> Option<T> {
        Arc::try_unwrap(this).ok()
    }
}

impl<T> Clone for Arc<T> {
    #[builtin = "Rc::clone"] fn clone(&self) -> Arc<T>;
}

impl<T> Arc<T> {
    #[builtin = "Rc::downgrade"] pub fn downgrade(this: &Arc<T>) -> arc_weak::Weak<T>;
    #[builtin = "Rc::weak_count"] pub fn weak_count(this: &Arc<T>) -> usize;
}

/// `std::sync::Weak`, apart from rc's (`std::sync` is flattened; NameResolver maps `sync::Weak` here).
pub mod arc_weak {
    use crate::fmt;

    #[lang = "ARC_WEAK"]
    pub struct Weak<T>;

    impl<T> Weak<T> {
        #[builtin = "Weak::new"] pub fn new() -> Weak<T>;
        #[builtin = "Weak::upgrade"] pub fn upgrade(&self) -> Option<crate::Arc<T>>;
        #[builtin = "Weak::strong_count"] pub fn strong_count(&self) -> usize;
        #[builtin = "Weak::weak_count"] pub fn weak_count(&self) -> usize;
    }

    impl<T> Clone for Weak<T> {
        #[builtin = "Weak::clone"] fn clone(&self) -> Weak<T>;
    }

    impl<T> fmt::Debug for Weak<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
}

impl<T> Deref for Arc<T> {
    type Target = T;
    #[builtin = "Rc::deref"] fn deref(&self) -> &T;
}

impl<T: fmt::Display> fmt::Display for Arc<T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: fmt::Debug> fmt::Debug for Arc<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: PartialEq> PartialEq for Arc<T> { #[builtin = "cmp::eq"] fn eq(&self, other: &Arc<T>) -> bool; }
impl<T: Eq> Eq for Arc<T> {}
impl<'a> From<&'a str> for Arc<str> { #[builtin = "Rc::from_str"] fn from(s: &'a str) -> Arc<str>; }
impl From<String> for Arc<str> { #[builtin = "Rc::from_str"] fn from(s: String) -> Arc<str>; }
impl<T> From<Vec<T>> for Arc<[T]> { #[builtin = "Rc::from_vec"] fn from(v: Vec<T>) -> Arc<[T]>; }
impl<T: PartialOrd> PartialOrd for Arc<T> { #[builtin = "cmp::partial_cmp"] fn partial_cmp(&self, other: &Arc<T>) -> Option<Ordering>; }
impl<T: Ord> Ord for Arc<T> { #[builtin = "cmp::cmp"] fn cmp(&self, other: &Arc<T>) -> Ordering; }
impl<T: Hash> Hash for Arc<T> {}
impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(T::default())
    }
}

pub type LockResult<G> = Result<G, PoisonError<G>>;
pub type TryLockResult<G> = Result<G, PoisonError<G>>;

pub struct PoisonError<T> { guard: T }

impl<T> PoisonError<T> {
    pub fn into_inner(self) -> T {
        self.guard
    }
}

impl<T> fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("PoisonError { .. }")
    }
}

impl<T> fmt::Display for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("poisoned lock: another task failed inside")
    }
}

#[lang = "Mutex"]
pub struct Mutex<T>;

impl<T> Mutex<T> {
    #[builtin = "Mutex::new"] pub fn new(t: T) -> Mutex<T>;
    #[builtin = "Mutex::lock"] pub fn lock(&self) -> LockResult<MutexGuard<'_, T>>;
    #[builtin = "Mutex::try_lock"] pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>>;
    #[builtin = "Mutex::into_inner"] pub fn into_inner(self) -> LockResult<T>;
    #[builtin = "Mutex::get_mut"] pub fn get_mut(&mut self) -> LockResult<&mut T>;
    #[builtin = "Mutex::is_poisoned"] pub fn is_poisoned(&self) -> bool;
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Mutex<T> {
        Mutex::new(T::default())
    }
}

impl<T: fmt::Debug> fmt::Debug for Mutex<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }

#[lang = "MutexGuard"]
pub struct MutexGuard<'a, T>;

impl<'a, T> Deref for MutexGuard<'a, T> {
    type Target = T;
    #[builtin = "MutexGuard::deref"] fn deref(&self) -> &T;
}

impl<'a, T> DerefMut for MutexGuard<'a, T> {
    #[builtin = "MutexGuard::deref"] fn deref_mut(&mut self) -> &mut T;
}

impl<'a, T: fmt::Display> fmt::Display for MutexGuard<'a, T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }

impl<'a, T: fmt::Debug> fmt::Debug for MutexGuard<'a, T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }

// FIXME(threads): RwLock shares Mutex's lang item (so its layout lacks the writer-notify word).
#[lang = "Mutex"]
pub struct RwLock<T>;

impl<T> RwLock<T> {
    #[builtin = "Mutex::new"] pub fn new(t: T) -> RwLock<T>;
    #[builtin = "RwLock::read"] pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>>;
    #[builtin = "Mutex::lock"] pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>>;
    #[builtin = "Mutex::into_inner"] pub fn into_inner(self) -> LockResult<T>;
    #[builtin = "Mutex::get_mut"] pub fn get_mut(&mut self) -> LockResult<&mut T>;
}

#[lang = "MutexGuard"]
pub struct RwLockReadGuard<'a, T>;

#[lang = "MutexGuard"]
pub struct RwLockWriteGuard<'a, T>;

impl<T: fmt::Debug> fmt::Debug for RwLock<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }

impl<'a, T> Deref for RwLockReadGuard<'a, T> {
    type Target = T;
    #[builtin = "MutexGuard::deref"] fn deref(&self) -> &T;
}

impl<'a, T> Deref for RwLockWriteGuard<'a, T> {
    type Target = T;
    #[builtin = "MutexGuard::deref"] fn deref(&self) -> &T;
}

impl<'a, T> DerefMut for RwLockWriteGuard<'a, T> {
    #[builtin = "MutexGuard::deref"] fn deref_mut(&mut self) -> &mut T;
}

impl<'a, T: fmt::Display> fmt::Display for RwLockReadGuard<'a, T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }

impl<'a, T: fmt::Display> fmt::Display for RwLockWriteGuard<'a, T> { #[builtin = "fmt::display"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }

pub mod any {
    use crate::fmt;

    pub trait Any {}

    impl fmt::Debug for dyn Any + Send {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("Any { .. }")
        }
    }
}

pub mod time {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Duration { secs: u64, nanos: u32 }

    impl Duration {
        pub fn from_secs(secs: u64) -> Duration {
            Duration { secs: secs, nanos: 0 }
        }
        pub fn from_millis(millis: u64) -> Duration {
            Duration { secs: millis / 1000, nanos: ((millis % 1000) * 1000000) as u32 }
        }
        pub fn from_micros(micros: u64) -> Duration {
            Duration { secs: micros / 1000000, nanos: ((micros % 1000000) * 1000) as u32 }
        }
        pub fn from_nanos(nanos: u64) -> Duration {
            Duration { secs: nanos / 1000000000, nanos: (nanos % 1000000000) as u32 }
        }
        pub fn as_secs(&self) -> u64 {
            self.secs
        }
        pub fn as_millis(&self) -> u128 {
            self.secs as u128 * 1000 + (self.nanos / 1000000) as u128
        }
    }
}

pub mod thread {
    use crate::{any, io, time};

    #[lang = "JoinHandle"]
    pub struct JoinHandle<T>;

    pub type Result<T> = crate::Result<T, Box<dyn any::Any + Send + 'static>>;

    #[builtin = "thread::spawn"]
    pub fn spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(f: F) -> JoinHandle<T>;

    #[builtin = "thread::spawn_named"]
    fn spawn_named<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(name: Option<String>, f: F) -> JoinHandle<T>;

    #[builtin = "thread::scope"]
    pub fn scope<'env, F: FnOnce(&Scope<'_, 'env>) -> T, T>(f: F) -> T;

    #[builtin = "thread::sleep"]
    pub fn sleep(dur: time::Duration);

    #[builtin = "thread::yield_now"]
    pub fn yield_now();

    #[builtin = "thread::current"]
    pub fn current() -> Thread;

    impl<T> JoinHandle<T> {
        #[builtin = "JoinHandle::join"] pub fn join(self) -> Result<T>;
        #[builtin = "JoinHandle::is_finished"] pub fn is_finished(&self) -> bool;
    }

    pub struct Thread { id: u64, name: Option<String> }

    impl Thread {
        pub fn name(&self) -> Option<&str> {
            match &self.name {
                Some(n) => Some(n.as_str()),
                None => None,
            }
        }
        pub fn id(&self) -> ThreadId {
            ThreadId(self.id)
        }
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct ThreadId(u64);

    pub struct Scope<'scope, 'env> { id: usize }

    #[lang = "JoinHandle"]
    pub struct ScopedJoinHandle<'scope, T>;

    impl<'scope, 'env> Scope<'scope, 'env> {
        #[builtin = "Scope::spawn"]
        pub fn spawn<F: FnOnce() -> T + Send + 'scope, T: Send + 'scope>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>;
    }

    impl<'scope, T> ScopedJoinHandle<'scope, T> {
        #[builtin = "JoinHandle::join"] pub fn join(self) -> Result<T>;
        #[builtin = "JoinHandle::is_finished"] pub fn is_finished(&self) -> bool;
    }

    pub struct Builder { name: Option<String> }

    impl Builder {
        pub fn new() -> Builder {
            Builder { name: None }
        }
        pub fn name(self, name: String) -> Builder {
            Builder { name: Some(name) }
        }
        pub fn stack_size(self, size: usize) -> Builder {
            self
        }
        pub fn spawn<F: FnOnce() -> T + Send + 'static, T: Send + 'static>(self, f: F) -> crate::Result<JoinHandle<T>, io::Error> {
            Ok(spawn_named(self.name, f))
        }
    }
}

pub mod io {
    #[derive(Debug)]
    pub struct Error;
}

pub mod mpsc {
    use crate::fmt;

    #[lang = "Sender"]
    pub struct Sender<T>;

    #[lang = "Sender"]
    pub struct SyncSender<T>;

    #[lang = "Receiver"]
    pub struct Receiver<T>;

    #[builtin = "mpsc::channel"]
    pub fn channel<T>() -> (Sender<T>, Receiver<T>);

    #[builtin = "mpsc::sync_channel"]
    pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);

    #[derive(PartialEq, Eq, Clone, Copy)]
    pub struct SendError<T>(pub T);

    impl<T> fmt::Debug for SendError<T> {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("SendError { .. }")
        }
    }

    impl<T> fmt::Display for SendError<T> {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("sending on a closed channel")
        }
    }

    #[derive(PartialEq, Eq, Clone, Copy, Debug)]
    pub struct RecvError;

    impl fmt::Display for RecvError {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("receiving on a closed channel")
        }
    }

    #[derive(PartialEq, Eq, Clone, Copy, Debug)]
    pub enum TryRecvError {
        Empty,
        Disconnected,
    }

    impl<T> Sender<T> {
        #[builtin = "Sender::send"] pub fn send(&self, t: T) -> Result<(), SendError<T>>;
    }

    impl<T> Clone for Sender<T> {
        #[builtin = "Sender::clone"] fn clone(&self) -> Sender<T>;
    }

    impl<T> SyncSender<T> {
        #[builtin = "Sender::send"] pub fn send(&self, t: T) -> Result<(), SendError<T>>;
    }

    impl<T> Clone for SyncSender<T> {
        #[builtin = "Sender::clone"] fn clone(&self) -> SyncSender<T>;
    }

    impl<T> Receiver<T> {
        #[builtin = "Receiver::recv"] pub fn recv(&self) -> Result<T, RecvError>;
        #[builtin = "Receiver::try_recv"] pub fn try_recv(&self) -> Result<T, TryRecvError>;
        pub fn iter(&self) -> Iter<'_, T> {
            Iter { rx: self }
        }
        pub fn try_iter(&self) -> TryIter<'_, T> {
            TryIter { rx: self }
        }
    }

    pub struct Iter<'a, T> { rx: &'a Receiver<T> }

    pub struct TryIter<'a, T> { rx: &'a Receiver<T> }

    pub struct IntoIter<T> { rx: Receiver<T> }

    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            self.rx.recv().ok()
        }
    }

    impl<'a, T> Iterator for TryIter<'a, T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            self.rx.try_recv().ok()
        }
    }

    impl<T> Iterator for IntoIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            self.rx.recv().ok()
        }
    }

    impl<'a, T> IntoIterator for &'a Receiver<T> {
        type Item = T;
        type IntoIter = Iter<'a, T>;
        fn into_iter(self) -> Iter<'a, T> {
            self.iter()
        }
    }

    impl<T> IntoIterator for Receiver<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
        fn into_iter(self) -> IntoIter<T> {
            IntoIter { rx: self }
        }
    }
}

pub mod atomic {
    use crate::fmt;

    #[lang = "AtomicOrdering"]
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Ordering {
        Relaxed,
        Release,
        Acquire,
        AcqRel,
        SeqCst,
    }

    pub struct AtomicUsize { v: usize }
    pub struct AtomicIsize { v: isize }
    pub struct AtomicU64 { v: u64 }
    pub struct AtomicI64 { v: i64 }
    pub struct AtomicU32 { v: u32 }
    pub struct AtomicI32 { v: i32 }
    pub struct AtomicBool { v: bool }

    impl AtomicUsize {
        pub const fn new(v: usize) -> AtomicUsize { AtomicUsize { v: v } }
        #[builtin = "atomic::load"] pub fn load(&self, order: Ordering) -> usize;
        #[builtin = "atomic::store"] pub fn store(&self, val: usize, order: Ordering);
        #[builtin = "atomic::swap"] pub fn swap(&self, val: usize, order: Ordering) -> usize;
        #[builtin = "atomic::fetch_add"] pub fn fetch_add(&self, val: usize, order: Ordering) -> usize;
        #[builtin = "atomic::fetch_sub"] pub fn fetch_sub(&self, val: usize, order: Ordering) -> usize;
        #[builtin = "atomic::fetch_max"] pub fn fetch_max(&self, val: usize, order: Ordering) -> usize;
        #[builtin = "atomic::fetch_min"] pub fn fetch_min(&self, val: usize, order: Ordering) -> usize;
        #[builtin = "atomic::compare_exchange"] pub fn compare_exchange(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
        pub fn into_inner(self) -> usize { self.v }
        pub fn get_mut(&mut self) -> &mut usize { &mut self.v }
    }

    impl AtomicIsize {
        pub const fn new(v: isize) -> AtomicIsize { AtomicIsize { v: v } }
        #[builtin = "atomic::load"] pub fn load(&self, order: Ordering) -> isize;
        #[builtin = "atomic::store"] pub fn store(&self, val: isize, order: Ordering);
        #[builtin = "atomic::swap"] pub fn swap(&self, val: isize, order: Ordering) -> isize;
        #[builtin = "atomic::fetch_add"] pub fn fetch_add(&self, val: isize, order: Ordering) -> isize;
        #[builtin = "atomic::fetch_sub"] pub fn fetch_sub(&self, val: isize, order: Ordering) -> isize;
        pub fn into_inner(self) -> isize { self.v }
    }

    impl AtomicU64 {
        pub const fn new(v: u64) -> AtomicU64 { AtomicU64 { v: v } }
        #[builtin = "atomic::load"] pub fn load(&self, order: Ordering) -> u64;
        #[builtin = "atomic::store"] pub fn store(&self, val: u64, order: Ordering);
        #[builtin = "atomic::swap"] pub fn swap(&self, val: u64, order: Ordering) -> u64;
        #[builtin = "atomic::fetch_add"] pub fn fetch_add(&self, val: u64, order: Ordering) -> u64;
        #[builtin = "atomic::fetch_sub"] pub fn fetch_sub(&self, val: u64, order: Ordering) -> u64;
        #[builtin = "atomic::fetch_max"] pub fn fetch_max(&self, val: u64, order: Ordering) -> u64;
        pub fn into_inner(self) -> u64 { self.v }
    }

    impl AtomicI64 {
        pub const fn new(v: i64) -> AtomicI64 { AtomicI64 { v: v } }
        #[builtin = "atomic::load"] pub fn load(&self, order: Ordering) -> i64;
        #[builtin = "atomic::store"] pub fn store(&self, val: i64, order: Ordering);
        #[builtin = "atomic::fetch_add"] pub fn fetch_add(&self, val: i64, order: Ordering) -> i64;
        #[builtin = "atomic::fetch_sub"] pub fn fetch_sub(&self, val: i64, order: Ordering) -> i64;
        pub fn into_inner(self) -> i64 { self.v }
    }

    impl AtomicU32 {
        pub const fn new(v: u32) -> AtomicU32 { AtomicU32 { v: v } }
        #[builtin = "atomic::load"] pub fn load(&self, order: Ordering) -> u32;
        #[builtin = "atomic::store"] pub fn store(&self, val: u32, order: Ordering);
        #[builtin = "atomic::fetch_add"] pub fn fetch_add(&self, val: u32, order: Ordering) -> u32;
        #[builtin = "atomic::fetch_sub"] pub fn fetch_sub(&self, val: u32, order: Ordering) -> u32;
        pub fn into_inner(self) -> u32 { self.v }
    }

    impl AtomicI32 {
        pub const fn new(v: i32) -> AtomicI32 { AtomicI32 { v: v } }
        #[builtin = "atomic::load"] pub fn load(&self, order: Ordering) -> i32;
        #[builtin = "atomic::store"] pub fn store(&self, val: i32, order: Ordering);
        #[builtin = "atomic::fetch_add"] pub fn fetch_add(&self, val: i32, order: Ordering) -> i32;
        #[builtin = "atomic::fetch_sub"] pub fn fetch_sub(&self, val: i32, order: Ordering) -> i32;
        pub fn into_inner(self) -> i32 { self.v }
    }

    impl AtomicBool {
        pub const fn new(v: bool) -> AtomicBool { AtomicBool { v: v } }
        #[builtin = "atomic::load"] pub fn load(&self, order: Ordering) -> bool;
        #[builtin = "atomic::store"] pub fn store(&self, val: bool, order: Ordering);
        #[builtin = "atomic::swap"] pub fn swap(&self, val: bool, order: Ordering) -> bool;
        pub fn into_inner(self) -> bool { self.v }
    }

    impl fmt::Debug for AtomicUsize {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
        }
    }

    impl fmt::Debug for AtomicBool {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
        }
    }
}
// ---- BTreeMap (entries in key order; nodes allocated as std's B-tree with B = 6) -------------------

#[lang = "BTreeMap"]
pub struct BTreeMap<K, V>;

impl<K, V> BTreeMap<K, V> {
    #[builtin] pub fn new() -> BTreeMap<K, V>;
    #[builtin] pub fn insert(&mut self, key: K, value: V) -> Option<V> where K: Ord;
    #[builtin] pub fn get<Q: ?Sized>(&self, key: &Q) -> Option<&V> where K: borrow::Borrow<Q>;
    #[builtin] pub fn get_mut<Q: ?Sized>(&mut self, key: &Q) -> Option<&mut V> where K: borrow::Borrow<Q>;
    #[builtin] pub fn contains_key<Q: ?Sized>(&self, key: &Q) -> bool where K: borrow::Borrow<Q>;
    #[builtin] pub fn remove<Q: ?Sized>(&mut self, key: &Q) -> Option<V> where K: borrow::Borrow<Q>;
    #[builtin] pub fn remove_entry<Q: ?Sized>(&mut self, key: &Q) -> Option<(K, V)> where K: borrow::Borrow<Q>;
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn clear(&mut self);
    #[builtin] pub fn first_key_value(&self) -> Option<(&K, &V)>;
    #[builtin] pub fn last_key_value(&self) -> Option<(&K, &V)>;
    #[builtin] pub fn pop_first(&mut self) -> Option<(K, V)>;
    #[builtin] pub fn pop_last(&mut self) -> Option<(K, V)>;
    /// The entries from `key` on, moved to a new map (std allocates its root before moving them).
    #[builtin] pub fn split_off<Q: ?Sized>(&mut self, key: &Q) -> BTreeMap<K, V>;
    #[builtin] pub fn entry(&mut self, key: K) -> BTreeEntry<'_, K, V> where K: Ord;
    #[builtin] pub fn keys(&self) -> Keys<'_, K, V>;
    #[builtin] pub fn values(&self) -> Values<'_, K, V>;
    #[builtin] pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
    #[builtin] pub fn iter(&self) -> MapIter<'_, K, V>;
    #[builtin] pub fn iter_mut(&mut self) -> MapIterMut<'_, K, V>;
    #[builtin] pub fn range<T: ?Sized, R: RangeBounds<T>>(&self, range: R) -> MapIter<'_, K, V> where K: borrow::Borrow<T>;
    #[builtin] pub fn range_mut<T: ?Sized, R: RangeBounds<T>>(&mut self, range: R) -> MapIterMut<'_, K, V> where K: borrow::Borrow<T>;
    #[builtin] pub fn first_entry(&mut self) -> Option<BTreeOccupiedEntry<'_, K, V>>;
    #[builtin] pub fn last_entry(&mut self) -> Option<BTreeOccupiedEntry<'_, K, V>>;
    #[builtin] pub fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) where K: Ord;
    #[builtin] pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F) where K: Ord;
}

impl<K, V> Default for BTreeMap<K, V> { #[builtin = "BTreeMap::new"] fn default() -> BTreeMap<K, V>; }
impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> { #[builtin] fn clone(&self) -> BTreeMap<K, V>; }
impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, other: &BTreeMap<K, V>) -> bool { self.len() == other.len() && self.iter().eq(other.iter()) }
}
impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}
impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for BTreeMap<K, V> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    #[builtin] fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> BTreeMap<K, V>;
}
impl<K: Ord, V> From<[(K, V); N]> for BTreeMap<K, V> {
    #[builtin = "BTreeMap::from_array"] fn from(entries: [(K, V); N]) -> BTreeMap<K, V>;
}
impl<K, Q: ?Sized, V> Index<&Q> for BTreeMap<K, V> where K: borrow::Borrow<Q> {
    type Output = V;
    #[builtin] fn index(&self, key: &Q) -> &V;
}
impl<K, V> IntoIterator for BTreeMap<K, V> {
    type Item = (K, V);
    type IntoIter = BTreeIntoIter<K, V>;
    #[builtin] fn into_iter(self) -> BTreeIntoIter<K, V>;
}
impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = MapIter<'a, K, V>;
    #[builtin = "BTreeMap::iter"] fn into_iter(self) -> MapIter<'a, K, V>;
}
impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = MapIterMut<'a, K, V>;
    #[builtin = "BTreeMap::iter_mut"] fn into_iter(self) -> MapIterMut<'a, K, V>;
}

#[lang = "Iter"] pub struct BTreeEntry<'a, K, V>;

impl<'a, K, V> BTreeEntry<'a, K, V> {
    #[builtin] pub fn or_insert(self, default: V) -> &'a mut V;
    #[builtin] pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
    #[builtin] pub fn or_default(self) -> &'a mut V;
    #[builtin] pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> BTreeEntry<'a, K, V>;
    #[builtin] pub fn key(&self) -> &K;
}

/// std's `btree_map::OccupiedEntry` (from `first_entry`/`last_entry`): the map and the entry's rank.
#[lang = "Iter"] pub struct BTreeOccupiedEntry<'a, K, V>;

impl<'a, K, V> BTreeOccupiedEntry<'a, K, V> {
    #[builtin] pub fn key(&self) -> &K;
    #[builtin] pub fn get(&self) -> &V;
    #[builtin] pub fn get_mut(&mut self) -> &mut V;
    #[builtin] pub fn into_mut(self) -> &'a mut V;
    #[builtin] pub fn remove(self) -> V;
    #[builtin] pub fn remove_entry(self) -> (K, V);
}

#[lang = "Iter"] pub struct BTreeIntoIter<K, V>;

impl<K, V> Iterator for BTreeIntoIter<K, V> { type Item = (K, V); #[builtin] fn next(&mut self) -> Option<(K, V)>; }
impl<K, V> DoubleEndedIterator for BTreeIntoIter<K, V> { #[builtin] fn next_back(&mut self) -> Option<(K, V)>; }
impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> { #[builtin] fn next_back(&mut self) -> Option<&'a K>; }
impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> { #[builtin] fn next_back(&mut self) -> Option<&'a V>; }
impl<'a, K, V> DoubleEndedIterator for ValuesMut<'a, K, V> { #[builtin] fn next_back(&mut self) -> Option<&'a mut V>; }
impl<'a, K, V> DoubleEndedIterator for MapIter<'a, K, V> { #[builtin] fn next_back(&mut self) -> Option<(&'a K, &'a V)>; }
impl<'a, K, V> DoubleEndedIterator for MapIterMut<'a, K, V> { #[builtin] fn next_back(&mut self) -> Option<(&'a K, &'a mut V)>; }

// ---- VecDeque (a ring buffer: `Agg[ptr, cap, len, head]`, growing as std's RawVec) ------------------

#[lang = "VecDeque"]
pub struct VecDeque<T>;

impl<T> VecDeque<T> {
    #[builtin] pub fn new() -> VecDeque<T>;
    #[builtin] pub fn with_capacity(capacity: usize) -> VecDeque<T>;
    #[builtin] pub fn push_back(&mut self, value: T);
    #[builtin] pub fn push_front(&mut self, value: T);
    #[builtin] pub fn pop_back(&mut self) -> Option<T>;
    #[builtin] pub fn pop_front(&mut self) -> Option<T>;
    #[builtin] pub fn front(&self) -> Option<&T>;
    #[builtin] pub fn back(&self) -> Option<&T>;
    #[builtin = "VecDeque::front"] pub fn front_mut(&mut self) -> Option<&mut T>;
    #[builtin = "VecDeque::back"] pub fn back_mut(&mut self) -> Option<&mut T>;
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn capacity(&self) -> usize;
    #[builtin] pub fn get(&self, index: usize) -> Option<&T>;
    #[builtin = "VecDeque::get"] pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    #[builtin] pub fn iter(&self) -> DequeIter<'_, T>;
    #[builtin = "VecDeque::iter"] pub fn iter_mut(&mut self) -> DequeIterMut<'_, T>;
    #[builtin] pub fn contains(&self, x: &T) -> bool where T: PartialEq;
    #[builtin] pub fn clear(&mut self);
    #[builtin] pub fn truncate(&mut self, len: usize);
    #[builtin] pub fn reserve(&mut self, additional: usize);
    #[builtin] pub fn shrink_to_fit(&mut self);
    #[builtin] pub fn insert(&mut self, index: usize, value: T);
    #[builtin] pub fn remove(&mut self, index: usize) -> Option<T>;
    #[builtin] pub fn swap(&mut self, i: usize, j: usize);
    #[builtin] pub fn rotate_left(&mut self, n: usize);
    #[builtin] pub fn rotate_right(&mut self, n: usize);
    #[builtin] pub fn make_contiguous(&mut self) -> &mut [T];
    #[builtin] pub fn as_slices(&self) -> (&[T], &[T]);
    #[builtin] pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> DequeDrain<'_, T>;
    #[builtin] pub fn range<R>(&self, range: R) -> DequeIter<'_, T>;
    #[builtin = "VecDeque::range"] pub fn range_mut<R>(&mut self, range: R) -> DequeIterMut<'_, T>;
    #[builtin] pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    #[builtin = "VecDeque::retain"] pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F);
    #[builtin] pub fn append(&mut self, other: &mut VecDeque<T>);
}

impl<T: Clone> Clone for VecDeque<T> { #[builtin] fn clone(&self) -> VecDeque<T>; }
impl<T> Default for VecDeque<T> { #[builtin = "VecDeque::new"] fn default() -> VecDeque<T>; }
impl<T: fmt::Debug> fmt::Debug for VecDeque<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool { self.len() == other.len() && self.iter().eq(other.iter()) }
}
impl<T: Eq> Eq for VecDeque<T> {}
impl<T: Hash> Hash for VecDeque<T> {}
impl<T: PartialEq> PartialEq<Vec<T>> for VecDeque<T> {
    fn eq(&self, other: &Vec<T>) -> bool { self.len() == other.len() && self.iter().eq(other.iter()) }
}
impl<T: PartialEq> PartialEq<[T; N]> for VecDeque<T> {
    fn eq(&self, other: &[T; N]) -> bool { self.len() == other.len() && self.iter().eq(other.iter()) }
}
impl<T> FromIterator<T> for VecDeque<T> {
    #[builtin] fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T>;
}
impl<T> Extend<T> for VecDeque<T> {
    fn extend_one(&mut self, item: T) { self.push_back(item); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
    #[builtin = "VecDeque::extend"] fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
}
impl<'a, T: Copy + 'a> Extend<&'a T> for VecDeque<T> {
    fn extend_one(&mut self, item: &'a T) { self.push_back(*item); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
    #[builtin = "VecDeque::extend"] fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I);
}
impl<T> Index<usize> for VecDeque<T> {
    type Output = T;
    #[builtin] fn index(&self, index: usize) -> &T;
}
impl<T> IndexMut<usize> for VecDeque<T> {
    #[builtin = "VecDeque::index"] fn index_mut(&mut self, index: usize) -> &mut T;
}
impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = DequeIntoIter<T>;
    #[builtin] fn into_iter(self) -> DequeIntoIter<T>;
}
impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = DequeIter<'a, T>;
    #[builtin = "VecDeque::iter"] fn into_iter(self) -> DequeIter<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = DequeIterMut<'a, T>;
    #[builtin = "VecDeque::iter"] fn into_iter(self) -> DequeIterMut<'a, T>;
}
impl<T> From<Vec<T>> for VecDeque<T> { #[builtin = "VecDeque::from_vec"] fn from(v: Vec<T>) -> VecDeque<T>; }
impl<T> From<VecDeque<T>> for Vec<T> { #[builtin = "VecDeque::into_vec"] fn from(d: VecDeque<T>) -> Vec<T>; }
impl<T> From<[T; N]> for VecDeque<T> {
    // std allocates exactly N, as collecting the array into a Vec does
    fn from(items: [T; N]) -> VecDeque<T> {
        let v: Vec<T> = items.into_iter().collect();
        VecDeque::from(v)
    }
}

#[lang = "Iter"] pub struct DequeIter<'a, T>;
#[lang = "Iter"] pub struct DequeIterMut<'a, T>;
#[lang = "Iter"] pub struct DequeIntoIter<T>;
#[lang = "Iter"] pub struct DequeDrain<'a, T>;

impl<'a, T> Iterator for DequeIter<'a, T> { type Item = &'a T; #[builtin] fn next(&mut self) -> Option<&'a T>; }
impl<'a, T> Iterator for DequeIterMut<'a, T> { type Item = &'a mut T; #[builtin] fn next(&mut self) -> Option<&'a mut T>; }
impl<T> Iterator for DequeIntoIter<T> { type Item = T; #[builtin] fn next(&mut self) -> Option<T>; }
impl<'a, T> Iterator for DequeDrain<'a, T> { type Item = T; #[builtin] fn next(&mut self) -> Option<T>; }
impl<'a, T> DoubleEndedIterator for DequeIter<'a, T> { #[builtin] fn next_back(&mut self) -> Option<&'a T>; }
impl<'a, T> DoubleEndedIterator for DequeIterMut<'a, T> { #[builtin] fn next_back(&mut self) -> Option<&'a mut T>; }
impl<T> DoubleEndedIterator for DequeIntoIter<T> { #[builtin] fn next_back(&mut self) -> Option<T>; }
impl<'a, T> DoubleEndedIterator for DequeDrain<'a, T> { #[builtin] fn next_back(&mut self) -> Option<T>; }

// ---- BTreeSet (a BTreeMap to `()`, as std's: same nodes, keys in order) --------------------------

#[lang = "BTreeSet"]
pub struct BTreeSet<T>;

impl<T> BTreeSet<T> {
    #[builtin] pub fn new() -> BTreeSet<T>;
    #[builtin] pub fn insert(&mut self, value: T) -> bool where T: Ord;
    #[builtin] pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: borrow::Borrow<Q>;
    #[builtin] pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: borrow::Borrow<Q>;
    #[builtin] pub fn len(&self) -> usize;
    #[builtin] pub fn is_empty(&self) -> bool;
    #[builtin] pub fn clear(&mut self);
    #[builtin] pub fn first(&self) -> Option<&T>;
    #[builtin] pub fn last(&self) -> Option<&T>;
    #[builtin] pub fn pop_first(&mut self) -> Option<T>;
    #[builtin] pub fn pop_last(&mut self) -> Option<T>;
    #[builtin] pub fn iter(&self) -> BTreeSetIter<'_, T>;
    #[builtin] pub fn range<R>(&self, range: R) -> BTreeSetIter<'_, T>;
    #[builtin] pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetIter<'a, T>;
    #[builtin] pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetIter<'a, T>;
    #[builtin] pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetIter<'a, T>;
    #[builtin] pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> BTreeSetIter<'a, T>;
    #[builtin] pub fn take<Q: ?Sized>(&mut self, value: &Q) -> Option<T> where T: borrow::Borrow<Q>;
    #[builtin] pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool {
        self.len() <= other.len() && self.iter().all(|v| other.contains(v))
    }
    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool {
        other.is_subset(self)
    }
    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool {
        self.intersection(other).next().is_none()
    }
}

// std: the HashSet operators collect the set operation's clones into a new set.
impl<'a, 'b, T: Eq + Hash + Clone> BitOr<&'b HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn bitor(self, rhs: &'b HashSet<T>) -> HashSet<T> { self.union(rhs).cloned().collect() }
}
impl<'a, 'b, T: Eq + Hash + Clone> BitAnd<&'b HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn bitand(self, rhs: &'b HashSet<T>) -> HashSet<T> { self.intersection(rhs).cloned().collect() }
}
impl<'a, 'b, T: Eq + Hash + Clone> Sub<&'b HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn sub(self, rhs: &'b HashSet<T>) -> HashSet<T> { self.difference(rhs).cloned().collect() }
}
impl<'a, 'b, T: Eq + Hash + Clone> BitXor<&'b HashSet<T>> for &'a HashSet<T> {
    type Output = HashSet<T>;
    fn bitxor(self, rhs: &'b HashSet<T>) -> HashSet<T> { self.symmetric_difference(rhs).cloned().collect() }
}
#[builtin = "BTreeSet::from_sorted_iter"]
fn btree_set_from_sorted<T, I: Iterator<Item = T>>(iter: I) -> BTreeSet<T>;
impl<'a, 'b, T: Ord + Clone> BitOr<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn bitor(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> { btree_set_from_sorted(self.union(rhs).cloned()) }
}
impl<'a, 'b, T: Ord + Clone> BitAnd<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn bitand(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> { btree_set_from_sorted(self.intersection(rhs).cloned()) }
}
impl<'a, 'b, T: Ord + Clone> Sub<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn sub(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> { btree_set_from_sorted(self.difference(rhs).cloned()) }
}
impl<'a, 'b, T: Ord + Clone> BitXor<&'b BTreeSet<T>> for &'a BTreeSet<T> {
    type Output = BTreeSet<T>;
    fn bitxor(self, rhs: &'b BTreeSet<T>) -> BTreeSet<T> { btree_set_from_sorted(self.symmetric_difference(rhs).cloned()) }
}
impl<T> Default for BTreeSet<T> { #[builtin = "BTreeSet::new"] fn default() -> BTreeSet<T>; }
impl<T: fmt::Debug> fmt::Debug for BTreeSet<T> { #[builtin = "fmt::debug"] fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result; }
impl<T: Clone> Clone for BTreeSet<T> { #[builtin] fn clone(&self) -> BTreeSet<T>; }
impl<T: PartialEq> PartialEq for BTreeSet<T> {
    fn eq(&self, other: &BTreeSet<T>) -> bool { self.len() == other.len() && self.iter().eq(other.iter()) }
}
impl<T: Eq> Eq for BTreeSet<T> {}
impl<T: Hash> Hash for BTreeSet<T> {}
impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    #[builtin] fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BTreeSet<T>;
}
impl<T: Ord> Extend<T> for BTreeSet<T> {
    fn extend_one(&mut self, item: T) { self.insert(item); }
}
impl<T: Ord> From<[T; N]> for BTreeSet<T> {
    #[builtin = "BTreeSet::from_array"] fn from(items: [T; N]) -> BTreeSet<T>;
}
impl<T> IntoIterator for BTreeSet<T> {
    type Item = T;
    type IntoIter = BTreeSetIntoIter<T>;
    #[builtin] fn into_iter(self) -> BTreeSetIntoIter<T>;
}
impl<'a, T> IntoIterator for &'a BTreeSet<T> {
    type Item = &'a T;
    type IntoIter = BTreeSetIter<'a, T>;
    #[builtin = "BTreeSet::iter"] fn into_iter(self) -> BTreeSetIter<'a, T>;
}

#[lang = "Iter"] pub struct BTreeSetIter<'a, T>;
#[lang = "Iter"] pub struct BTreeSetIntoIter<T>;

impl<'a, T> Iterator for BTreeSetIter<'a, T> { type Item = &'a T; #[builtin] fn next(&mut self) -> Option<&'a T>; }
impl<T> Iterator for BTreeSetIntoIter<T> { type Item = T; #[builtin] fn next(&mut self) -> Option<T>; }
impl<'a, T> DoubleEndedIterator for BTreeSetIter<'a, T> { #[builtin] fn next_back(&mut self) -> Option<&'a T>; }
impl<T> DoubleEndedIterator for BTreeSetIntoIter<T> { #[builtin] fn next_back(&mut self) -> Option<T>; }

// ---- BinaryHeap (std's: a Vec kept as a max-heap, with std's exact sift algorithms, so the
// element order - visible through Debug, iter and into_vec - and the Vec's allocations are std's) ---

pub struct BinaryHeap<T> { data: Vec<T> }

impl<T: Ord> BinaryHeap<T> {
    pub fn push(&mut self, item: T) {
        let old_len = self.data.len();
        self.data.push(item);
        self.sift_up(0, old_len);
    }
    pub fn pop(&mut self) -> Option<T> {
        match self.data.pop() {
            None => None,
            Some(mut item) => {
                if !self.data.is_empty() {
                    mem::swap(&mut item, &mut self.data[0]);
                    self.sift_down_to_bottom(0);
                }
                Some(item)
            }
        }
    }
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.data.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.sift_down_range(0, end);
        }
        self.data
    }
    // std moves a "hole" where these swap: the same positions, the same comparisons.
    fn sift_up(&mut self, start: usize, pos: usize) -> usize {
        let mut pos = pos;
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.data[pos] <= self.data[parent] {
                break;
            }
            self.data.swap(pos, parent);
            pos = parent;
        }
        pos
    }
    fn sift_down_range(&mut self, pos: usize, end: usize) -> usize {
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if self.data[pos] >= self.data[child] {
                return pos;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child == end - 1 && self.data[pos] < self.data[child] {
            self.data.swap(pos, child);
            pos = child;
        }
        pos
    }
    fn sift_down_to_bottom(&mut self, pos: usize) {
        let end = self.data.len();
        let start = pos;
        let mut pos = pos;
        let mut child = 2 * pos + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child == end - 1 {
            self.data.swap(pos, child);
            pos = child;
        }
        self.sift_up(start, pos);
    }
    fn rebuild(&mut self) {
        let len = self.data.len();
        let mut n = len / 2;
        while n > 0 {
            n -= 1;
            self.sift_down_range(n, len);
        }
    }
    fn rebuild_tail(&mut self, start: usize) {
        let len = self.data.len();
        if start == len {
            return;
        }
        let tail_len = len - start;
        let mut log2 = 0;
        while (start >> (log2 + 1)) > 0 {
            log2 += 1;
        }
        let better_to_rebuild = if start < tail_len {
            true
        } else if len <= 2048 {
            2 * len < tail_len * log2
        } else {
            2 * len < tail_len * 11
        };
        if better_to_rebuild {
            self.rebuild();
        } else {
            let mut i = start;
            while i < len {
                self.sift_up(0, i);
                i += 1;
            }
        }
    }
}

// As std: `new` and `with_capacity` ask nothing of T (a heap of `f64` is only refused at `push`).
impl<T> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> { BinaryHeap { data: Vec::new() } }
    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> { BinaryHeap { data: Vec::with_capacity(capacity) } }
    pub fn peek(&self) -> Option<&T> { self.data.first() }
    pub fn len(&self) -> usize { self.data.len() }
    pub fn is_empty(&self) -> bool { self.data.is_empty() }
    pub fn capacity(&self) -> usize { self.data.capacity() }
    pub fn clear(&mut self) { self.data.clear(); }
    pub fn iter(&self) -> Iter<'_, T> { self.data.iter() }
    pub fn into_vec(self) -> Vec<T> { self.data }
    pub fn as_slice(&self) -> &[T] { self.data.as_slice() }
    pub fn drain(&mut self) -> HeapDrain<'_, T> { HeapDrain { iter: self.data.drain(..) } }
}

/// `binary_heap::Drain`: the Vec's drain, exact but not TrustedLen (measured: collecting 3 takes capacity 4).
pub struct HeapDrain<'a, T> {
    iter: Drain<'a, T>,
}
impl<'a, T> Iterator for HeapDrain<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.iter.next() }
}
impl<'a, T> DoubleEndedIterator for HeapDrain<'a, T> {
    fn next_back(&mut self) -> Option<T> { self.iter.next_back() }
}
impl<'a, T> ExactSizeIterator for HeapDrain<'a, T> {}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> { BinaryHeap { data: self.data.clone() } }
}
impl<T> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> { BinaryHeap::new() }
}
impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { fmt::Debug::fmt(&self.data, f) }
}
impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}
impl<T: Ord> From<[T; N]> for BinaryHeap<T> {
    fn from(items: [T; N]) -> BinaryHeap<T> { items.into_iter().collect() }
}
impl<T> From<BinaryHeap<T>> for Vec<T> {
    fn from(heap: BinaryHeap<T>) -> Vec<T> { heap.data }
}
impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        let v: Vec<T> = iter.into_iter().collect();
        BinaryHeap::from(v)
    }
}
impl<T: Ord> Extend<T> for BinaryHeap<T> {
    fn extend_one(&mut self, item: T) { self.push(item); }
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let start = self.data.len();
        self.data.extend(iter);
        self.rebuild_tail(start);
    }
}
impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> { self.data.into_iter() }
}
impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.data.iter() }
}

/// `std::cmp::Reverse`: orders its content the other way round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> { other.0.partial_cmp(&self.0) }
    fn lt(&self, other: &Reverse<T>) -> bool { other.0 < self.0 }
    fn le(&self, other: &Reverse<T>) -> bool { other.0 <= self.0 }
    fn gt(&self, other: &Reverse<T>) -> bool { other.0 > self.0 }
    fn ge(&self, other: &Reverse<T>) -> bool { other.0 >= self.0 }
}
impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering { other.0.cmp(&self.0) }
}

// ---- std12 -----------------------------------------------------------------------------------

// As std: a char predicate, char arrays and char slices are searched the same way from both ends.
impl<'a, 'b> DoubleEndedIterator for Split<'a, &'b [char]> {
    #[builtin = "Split::next_back"] fn next_back(&mut self) -> Option<&'a str>;
}
impl<'a> DoubleEndedIterator for Split<'a, [char; N]> {
    #[builtin = "Split::next_back"] fn next_back(&mut self) -> Option<&'a str>;
}
impl<'a, 'b> DoubleEndedIterator for Split<'a, &'b [char; N]> {
    #[builtin = "Split::next_back"] fn next_back(&mut self) -> Option<&'a str>;
}
impl<'a, F: FnMut(char) -> bool> DoubleEndedIterator for Split<'a, F> {
    #[builtin = "Split::next_back"] fn next_back(&mut self) -> Option<&'a str>;
}

impl str {
    /// std's RSplitTerminator: SplitTerminator read from the back.
    #[builtin] pub fn rsplit_terminator<'a, P: Pattern>(&'a self, pat: P) -> Split<'a, P>;
    #[builtin = "str::get"] pub fn get_mut<R>(&mut self, range: R) -> Option<&mut str>;
}

// Chunks and windows are double-ended and know their length (std: TrustedRandomAccess).
impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    #[builtin] fn next_back(&mut self) -> Option<&'a [T]>;
}
impl<'a, T> DoubleEndedIterator for ChunksMut<'a, T> {
    #[builtin = "Chunks::next_back"] fn next_back(&mut self) -> Option<&'a mut [T]>;
}
impl<'a, T> DoubleEndedIterator for Windows<'a, T> {
    #[builtin] fn next_back(&mut self) -> Option<&'a [T]>;
}
impl<'a, T> ExactSizeIterator for Chunks<'a, T> {}
impl<'a, T> ExactSizeIterator for ChunksMut<'a, T> {}
impl<'a, T> ExactSizeIterator for Windows<'a, T> {}
impl<'a, T> ExactSizeIterator for ChunksExact<'a, T> {}

#[lang = "Iter"] pub struct ChunksExactMut<'a, T>;
impl<'a, T> Iterator for ChunksExactMut<'a, T> {
    type Item = &'a mut [T];
    #[builtin = "ChunksExact::next"] fn next(&mut self) -> Option<&'a mut [T]>;
}
impl<'a, T> ExactSizeIterator for ChunksExactMut<'a, T> {}
impl<T> [T] {
    #[builtin = "slice::chunks_exact"] pub fn chunks_exact_mut(&mut self, size: usize) -> ChunksExactMut<'_, T>;
}

// Ref::map / RefMut::map: the guard moves on to a part of the borrowed value, the borrow flag unchanged.
impl<'b, T> Ref<'b, T> {
    #[builtin] pub fn map<U, F: FnOnce(&T) -> &U>(orig: Ref<'b, T>, f: F) -> Ref<'b, U>;
}
impl<'b, T> RefMut<'b, T> {
    #[builtin] pub fn map<U, F: FnOnce(&mut T) -> &mut U>(orig: RefMut<'b, T>, f: F) -> RefMut<'b, U>;
}

/// `BinaryHeap::peek_mut`: a guard on the greatest element; as std, the heap is sifted down on drop
/// only when the element was reached mutably.
pub struct PeekMut<'a, T: Ord> {
    heap: &'a mut BinaryHeap<T>,
    changed: bool,
}
impl<T: Ord> BinaryHeap<T> {
    pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T>> {
        if self.data.is_empty() { None } else { Some(PeekMut { heap: self, changed: false }) }
    }
}
impl<'a, T: Ord> PeekMut<'a, T> {
    pub fn pop(mut this: PeekMut<'a, T>) -> T {
        this.changed = false;
        this.heap.pop().unwrap()
    }
}
impl<'a, T: Ord> Deref for PeekMut<'a, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.heap.data[0]
    }
}
impl<'a, T: Ord> DerefMut for PeekMut<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.changed = true;
        &mut self.heap.data[0]
    }
}
impl<'a, T: Ord> Drop for PeekMut<'a, T> {
    fn drop(&mut self) {
        if self.changed {
            let len = self.heap.data.len();
            self.heap.sift_down_range(0, len);
        }
    }
}
