import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCorpus } from '../../test/corpus';
import { JobSchema } from '../job/model';
import { JobSectionKind, prepareJobText, splitJobSections } from './job-text';
import { structureJob, structureJobFile } from './structure-job';

const jobsDir = join(requireCorpus(), 'jobs');
const posting = (name: string) => readFileSync(join(jobsDir, name), 'utf8');
const structured = (name: string) => structureJob(posting(name));

describe('reading a posting’s layout', () => {
  it('joins words hyphenated at a line end and drops page numbers', () => {
    const text = prepareJobText(
      'Develop features with Angu-\n     lar.js today.\n\n\n                 1\nBenefits',
    );
    expect(text).toBe('Develop features with Angular.js today.\n\nBenefits');
  });

  it('finds headings, inline labels and bullets', () => {
    const sections = splitJobSections(
      'About Us\nWe build things.\n\nWhat you will do\n• Ship features\n  across teams.\n- Review code\n\nRequirements: 3+ years of Go; Kubernetes.\n\nNice to have\n* Rust',
    );
    expect(sections.map((s) => s.kind)).toEqual([
      JobSectionKind.About,
      JobSectionKind.Responsibilities,
      JobSectionKind.Requirements,
      JobSectionKind.Preferred,
    ]);
    expect(sections[1]?.items).toEqual(['Ship features across teams.', 'Review code']);
    expect(sections[2]?.items).toEqual(['3+ years of Go', 'Kubernetes.']);
  });

  it('drops scripts and styles from pasted HTML, even unclosed ones', () => {
    const text = prepareJobText(
      '<p>Python developer</p><style>p { color: red }</style><li>Django</li><script>alert("x")',
    );
    expect(text).toBe('Python developer\n\n• Django');
  });

  it('reads pasted HTML with impossible entities and letters that grow when lower-cased', () => {
    // Both used to break the paste path: a RangeError, and offsets shifted by "İ" → "i̇".
    const text = prepareJobText(
      '<p>İstanbul office &#99999999; &#x110000;</p><ul><li>Go</li><li>SQL</li></ul><script>x</script><p>İzmir</p>',
    );
    expect(text).toBe('İstanbul office \ufffd \ufffd\n\n• Go\n• SQL\n\nİzmir');
  });

  it('reads a posting copied as HTML', () => {
    const html =
      '<h2>Senior Data Analyst</h2><p>Acme is a leading retailer.</p><h3>Requirements</h3><ul><li>4+ years of SQL &amp; Tableau</li><li>Bachelor&rsquo;s degree in Statistics</li></ul>';
    const { job, details } = structureJob(html);
    expect(job.title).toBe('Senior Data Analyst');
    expect(job.company).toBe('Acme');
    expect(details.requiredSkills).toEqual(expect.arrayContaining(['SQL', 'Tableau']));
    expect(details.minYears).toBe(4);
    expect(details.degree).toBe('bachelor');
    expect(details.degreeFields).toEqual(['Statistics']);
  });
});

describe('structuring the corpus postings', () => {
  it('front-end engineer: header line, years in the title, alternatives, degree', () => {
    const { job, details, notes } = structured('resumematcher_jd_front_end_engineer.txt');
    expect(job.title).toBe('Front End Engineer');
    expect(job.company).toBe('Tech Solutions');
    expect(job.location).toEqual({ city: 'San Francisco', region: 'CA', countryCode: 'US' });
    expect(details.minYears).toBe(2);
    expect(details.seniority).toBe('mid');
    expect(details.degree).toBe('bachelor');
    expect(details.degreeFields).toEqual(['Computer Science', 'Engineering']);
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining([
        'HTML',
        'CSS',
        'JavaScript',
        'jQuery',
        'Git',
        'React or Vue or Angular',
      ]),
    );
    expect(details.preferredSkills).toContain('Responsive design');
    expect(job.responsibilities?.[0]).toBe(
      'Develop new user-facing features using modern JavaScript frameworks like React.js, Vue.js, or Angular.js.',
    );
    expect(job.qualifications).toContain('Familiarity with code versioning tools such as Git.');
    // Benefits and the About section are not requirements.
    expect(JSON.stringify(details)).not.toMatch(/dental|insurance|diversity/i);
    expect(notes).toEqual([]);
  });

  it('full-stack engineer: a title wrapped over two lines, "5+ years", examples as alternatives', () => {
    const { job, details } = structured('resumematcher_jd_full_stack_engineer.txt');
    expect(job.title).toBe('Senior Full Stack Engineer');
    expect(job.company).toBe('Tech Solutions');
    expect(details.seniority).toBe('senior');
    expect(details.minYears).toBe(5);
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining([
        'Python or Ruby or Java or PHP or .NET',
        'MySQL or Oracle Database or MongoDB',
        'Project management',
        'Attention to detail',
      ]),
    );
  });

  it('Java developer: Java EE, ORM with its examples, one web framework of four', () => {
    const { job, details } = structured('resumematcher_jd_java_developer.txt');
    expect(job.title).toBe('Java Developer');
    expect(details.minYears).toBe(3);
    expect(details.degree).toBe('bachelor');
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining([
        'Java',
        'Java EE',
        'SQL',
        'Relational databases',
        'ORM or JPA or Hibernate',
        'JSF or Apache Wicket or GWT or Spring MVC',
        'Test-driven development',
      ]),
    );
  });

  it('product manager: 10+ years, a bachelor’s required and the MBA only preferred', () => {
    const { job, details } = structured('resumematcher_jd_product_manager.txt');
    expect(job.title).toBe('Product Manager');
    expect(details.minYears).toBe(10);
    expect(details.degree).toBe('bachelor');
    expect(details.preferredQualifications).toContain('MBA preferred');
    expect(details.requiredQualifications).toContain('Bachelor’s degree.');
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining(['Product management', 'Communication']),
    );
    expect(details.preferredSkills).toEqual(
      expect.arrayContaining(['Product roadmap', 'Pricing strategy', 'Market research']),
    );
  });

  it('backend (paragraphs): title from a sentence, "Requirements:" inline, parenthesised examples', () => {
    const { job, details, notes } = structured('resumematcher_e2e_jd_backend-eng.txt');
    expect(job.title).toBe('Senior Backend Engineer');
    expect(job.company).toBeUndefined();
    expect(notes).toContain('No company name found; add it below if you know it.');
    expect(details.minYears).toBe(4);
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining([
        'Python',
        'Asyncio',
        'Docker',
        'Redis',
        'SQL',
        'GitHub Actions or CircleCI',
        'Observability or Datadog or OpenTelemetry',
      ]),
    );
    // The stack in the opening paragraph is wanted, but not listed under Requirements.
    expect(details.preferredSkills).toEqual(
      expect.arrayContaining(['FastAPI', 'Django', 'Apache Kafka', 'PostgreSQL']),
    );
  });

  it('frontend (paragraphs): "Vitest or Jest" is one requirement; a duty is not a requirement', () => {
    const { job, details } = structured('resumematcher_e2e_jd_frontend-eng.txt');
    expect(job.title).toBe('Senior Frontend Engineer');
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining(['React', 'TypeScript', 'Next.js', 'Vitest or Jest']),
    );
    expect(details.requiredQualifications.some((q) => q.startsWith('You will own'))).toBe(false);
    expect(job.responsibilities?.some((r) => r.startsWith('You will own Core Web Vitals'))).toBe(
      true,
    );
  });

  it('machine learning engineer: 3+ years and the ML stack', () => {
    const { job, details } = structured('resumematcher_e2e_jd_ml-eng.txt');
    expect(job.title).toBe('Machine Learning Engineer');
    expect(details.minYears).toBe(3);
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining([
        'Python',
        'PyTorch',
        'scikit-learn',
        'SQL',
        'Triton Inference Server or Amazon SageMaker',
      ]),
    );
  });

  it('senior product manager: a preferred clause is told apart from the requirements', () => {
    const { job, details } = structured('resumematcher_e2e_jd_product-manager.txt');
    expect(job.title).toBe('Senior Product Manager');
    expect(details.seniority).toBe('senior');
    expect(details.minYears).toBe(4);
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining([
        'Product management',
        'SQL',
        'A/B testing',
        'Amplitude or Mixpanel or Looker',
      ]),
    );
    expect(details.preferredQualifications).toEqual([
      'Technical background appreciated but not required — you will not write code.',
    ]);
  });

  it('JSON Resume job file: fields kept, details derived', () => {
    const raw: unknown = JSON.parse(posting('jsonresume_sample.job.json'));
    const job = JobSchema.parse(raw);
    const result = structureJobFile(job);
    expect(result.job).toEqual(job);
    expect(result.details).toMatchObject({
      seniority: 'mid',
      minYears: 3,
      degree: 'bachelor',
      degreeFields: ['Computer Science'],
    });
    expect(result.details.requiredSkills).toEqual(
      expect.arrayContaining([
        'HTML',
        'CSS',
        'JavaScript',
        'React',
        'Node.js',
        'SQL',
        'NoSQL',
        'MongoDB',
      ]),
    );
  });
});

describe('postings outside tech', () => {
  it('an accounting posting', () => {
    const { job, details } = structureJob(`Staff Accountant
Brightwater Dental Group — Portland, OR (Hybrid)

We are seeking a detail-oriented Staff Accountant to join our finance team.

Responsibilities
- Reconcile bank and credit card accounts monthly
- Prepare journal entries and support the month-end close
- Process accounts payable and vendor payments in QuickBooks

Qualifications
- Bachelor's degree in Accounting or Finance
- 2-4 years of experience in general ledger accounting
- Advanced Excel (pivot tables, VLOOKUP)
- CPA preferred`);
    expect(job.title).toBe('Staff Accountant');
    expect(job.company).toBe('Brightwater Dental Group');
    expect(job.location).toMatchObject({ city: 'Portland', region: 'OR', countryCode: 'US' });
    expect(job.remote).toBe('Hybrid');
    expect(details).toMatchObject({
      minYears: 2,
      degree: 'bachelor',
      degreeFields: ['Accounting', 'Finance'],
    });
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining(['General ledger', 'Microsoft Excel']),
    );
    expect(details.preferredSkills).toEqual(
      expect.arrayContaining([
        'Certified Public Accountant (CPA)',
        'Account reconciliation',
        'Accounts payable',
        'QuickBooks',
      ]),
    );
    // "Dental" in the employer's name is not a healthcare skill.
    expect(JSON.stringify(details)).not.toMatch(/patient|medical/i);
  });

  it('a medical assistant posting with an associate degree and certifications', () => {
    const { job, details } = structureJob(`Job Title: Medical Assistant
Location: Columbus, OH

Requirements:
• Associate degree or certificate from an accredited medical assisting program
• At least one year of clinical experience taking vital signs and rooming patients
• BLS certification
• Experience with Epic EHR
• Excellent communication and patient care skills`);
    expect(job.title).toBe('Medical Assistant');
    expect(job.location).toMatchObject({ city: 'Columbus', region: 'OH' });
    expect(details.degree).toBe('associate');
    expect(details.minYears).toBe(1);
    expect(details.requiredSkills).toEqual(
      expect.arrayContaining([
        'Vital signs',
        'BLS',
        'Electronic health records',
        'Patient care',
        'Communication',
      ]),
    );
  });

  it('says what it could not find in junk', () => {
    const { job, details, notes } = structureJob('lorem ipsum dolor sit amet');
    expect(job.title).toBeUndefined();
    expect(details.requiredSkills).toEqual([]);
    expect(notes).toEqual([
      'No job title found; add it below.',
      'No company name found; add it below if you know it.',
      'No skills recognised. Is this the whole posting? You can list the skills below.',
    ]);
  });
});
